using System.Buffers.Binary;
using Kinora.Media.Audio;
using Kinora.Media.Probe;

namespace Kinora.Media.Tests;

public class ContainerTests
{
    private static byte[] Box(string type, int payload)
    {
        var b = new byte[8 + payload];
        BinaryPrimitives.WriteUInt32BigEndian(b, (uint)b.Length);
        for (var i = 0; i < 4; i++) b[4 + i] = (byte)type[i];
        return b;
    }

    [Fact]
    public void Atoms_tell_faststart_from_not()
    {
        var fast = SyntheticMedia.TempPath(".mp4");
        var slow = SyntheticMedia.TempPath(".mp4");
        try
        {
            File.WriteAllBytes(fast, [.. Box("ftyp", 16), .. Box("moov", 40), .. Box("mdat", 100)]);
            File.WriteAllBytes(slow, [.. Box("ftyp", 16), .. Box("mdat", 100), .. Box("moov", 40)]);
            Assert.Equal(["ftyp", "moov", "mdat"], Mp4Atoms.TopLevel(fast).Select(a => a.Type));
            Assert.Equal(24 + 48, Mp4Atoms.TopLevel(fast)[2].Offset);
            Assert.True(Mp4Atoms.IsFastStart(fast));
            Assert.False(Mp4Atoms.IsFastStart(slow));
        }
        finally { File.Delete(fast); File.Delete(slow); }
    }

    [Fact]
    public void Probe_json_is_parsed()
    {
        const string json = """
        { "streams": [
            { "index": 0, "codec_name": "h264", "codec_type": "video", "width": 1280, "height": 720, "pix_fmt": "yuv420p",
              "r_frame_rate": "24/1", "avg_frame_rate": "24/1", "duration": "2.000000", "nb_frames": "48" },
            { "index": 1, "codec_name": "aac", "codec_type": "audio", "sample_rate": "48000", "channels": 2, "duration": "2.000000" } ],
          "format": { "format_name": "mov,mp4,m4a,3gp,3g2,mj2", "duration": "2.000000" } }
        """;
        var info = MediaProbe.Parse(json);
        Assert.Equal(("h264", "yuv420p", 1280, 720, 24.0, 48L), (info.VideoCodec, info.PixelFormat, info.Width, info.Height, info.Fps, info.VideoFrames));
        Assert.Equal(("aac", 48000, 2), (info.AudioCodec, info.SampleRate, info.Channels));
        Assert.Equal(2.0, info.DurationSeconds);
        Assert.Equal(29.97, MediaProbe.Rate("30000/1001"), 2);
        Assert.Equal(0, MediaProbe.Rate("0/0"));
    }

    [Fact]
    public void Wav_header_is_riff_float_and_ffprobe_agrees()
    {
        var path = SyntheticMedia.TempPath(".wav");
        try
        {
            var samples = SyntheticMedia.Sine(0.5);
            WavWriter.Write(path, samples, 48000, 2);
            var bytes = File.ReadAllBytes(path);
            Assert.Equal("RIFF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
            Assert.Equal((uint)(bytes.Length - 8), BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(4)));
            Assert.Equal(3, BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(20))); // IEEE float
            Assert.Equal(samples.Length * 4 + 58, bytes.Length);
            var info = MediaProbe.Probe(path);
            Assert.Equal(("pcm_f32le", 48000, 2), (info.AudioCodec, info.SampleRate, info.Channels));
            Assert.Equal(0.5, info.DurationSeconds, 3);

            WavWriter.Write(path, samples, 48000, 2, WavSampleFormat.Pcm16);
            Assert.Equal(samples.Length * 2 + 44, new FileInfo(path).Length);
            Assert.Equal("pcm_s16le", MediaProbe.Probe(path).AudioCodec);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Pcm16_rounds_and_clips()
    {
        Assert.Equal(32767, WavWriter.ToPcm16(1.5f));
        Assert.Equal(-32768, WavWriter.ToPcm16(-2f));
        Assert.Equal(16384, WavWriter.ToPcm16(0.5f));
    }
}
