using System.Buffers.Binary;

namespace Kinora.Sound.Speech;

/// <summary>Reads a 16-bit PCM RIFF/WAVE file (what Festival writes) as mono float samples.</summary>
public static class WavReader
{
    public static (float[] Samples, int Rate) ReadMono(string path) => Read(path, stereo: false);

    /// <summary>Interleaved stereo (a mono file is duplicated to both channels); the rate is the file's.</summary>
    public static float[] ReadStereo(string path) => Read(path, stereo: true).Samples;

    private static (float[] Samples, int Rate) Read(string path, bool stereo)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length < 12 || !bytes.AsSpan(0, 4).SequenceEqual("RIFF"u8) || !bytes.AsSpan(8, 4).SequenceEqual("WAVE"u8))
            throw new InvalidDataException($"{path} is not a WAVE file");
        int rate = 0, channels = 0, bits = 0;
        var pos = 12;
        while (pos + 8 <= bytes.Length)
        {
            var id = bytes.AsSpan(pos, 4);
            var size = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(pos + 4));
            var body = pos + 8;
            if (id.SequenceEqual("fmt "u8))
            {
                channels = BinaryPrimitives.ReadInt16LittleEndian(bytes.AsSpan(body + 2));
                rate = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(body + 4));
                bits = BinaryPrimitives.ReadInt16LittleEndian(bytes.AsSpan(body + 14));
            }
            else if (id.SequenceEqual("data"u8))
            {
                if (bits != 16 || channels < 1) throw new InvalidDataException($"{path}: only 16-bit PCM is read, not {bits}-bit");
                size = Math.Min(size, bytes.Length - body);
                var frames = size / (2 * channels);
                float At(int frame, int c) => BinaryPrimitives.ReadInt16LittleEndian(bytes.AsSpan(body + (frame * channels + c) * 2)) / 32768f;
                if (stereo)
                {
                    var both = new float[frames * 2];
                    for (var i = 0; i < frames; i++)
                    {
                        both[2 * i] = At(i, 0);
                        both[2 * i + 1] = At(i, Math.Min(1, channels - 1));
                    }
                    return (both, rate);
                }
                var samples = new float[frames];
                for (var i = 0; i < frames; i++)
                {
                    var sum = 0f;
                    for (var c = 0; c < channels; c++) sum += At(i, c);
                    samples[i] = sum / channels;
                }
                return (samples, rate);
            }
            pos = body + size + (size & 1);
        }
        throw new InvalidDataException($"{path} has no data chunk");
    }
}
