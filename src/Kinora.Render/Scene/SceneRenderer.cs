using System.Numerics;
using System.Runtime.InteropServices;
using Kinora.Compose;
using Kinora.Motion;
using Kinora.Render.Backend;

namespace Kinora.Render.Scene;

/// <summary>
/// Draws a <see cref="World"/> along a <see cref="Track"/> through any <see cref="IRenderBackend"/>. Everything
/// that varies per frame lives in arrays made here once, so a frame allocates nothing. Meshes are uploaded once per
/// distinct instance (models share them by reference). Not thread-safe; one renderer per thread.
/// </summary>
public sealed class SceneRenderer : IFrameRenderer
{
    /// <summary>Side of the square sun shadow map, texels.</summary>
    public const int ShadowMapSize = 2048;
    /// <summary>Exposure multiplier applied before tone mapping: 1 makes the environment's "1 ≈ midday sun" read
    /// as a natural midday exposure with the shading constants of the backend.</summary>
    public const float Exposure = 0.7f;

    private readonly World _world;
    private readonly RenderOptions _options;
    private readonly IRenderBackend _backend;
    private readonly bool _ownsBackend;
    private readonly DrawItem[] _draws;          // the ground first (unless the plan says "none"), then every part of every entity, then scenery
    private readonly int[] _drawEntity;          // entity index per draw, −1 for the ground and scenery
    private readonly Matrix4x4[] _partLocal;     // part.Local per draw
    private readonly Vector4[] _meshSphere;      // bounding sphere of each draw's mesh in mesh space: centre xyz, radius w
    private readonly uint[] _drawJoints;         // per draw: the rig joints its mesh's vertices follow (bit j), 0 when rigid
    private readonly Skinning _skinning;
    private readonly float[] _entityRadius;      // bounding radius around the entity origin, m
    private readonly Vector4[] _casterSpheres;   // per entity at the current frame, then scenery near the focus: centre xyz, radius w
    private readonly Vector4[] _scenerySpheres;  // per scenery piece, fixed: centre xyz, radius w
    private readonly SceneLights _lights;
    private readonly bool _anyEmissive;
    private readonly float[] _occluderRadius;    // radius of the sphere of equal volume, m (for ambient occlusion)
    private readonly LookStyle _look;
    private readonly float _stars;
    private readonly bool _moonVisible;
    private readonly Vector4 _weather;
    private readonly Vector4 _particles;
    private readonly Vector3? _hearth;          // where a fire burns when someone is in the scene (Particles.Hearth)
    private Vector3 _fire;                       // where the fire's flames rise from this shot (the hearth, or framed by the camera)
    private readonly int _campfireFirst;         // the campfire's draws (Campfire): [first, first + count), count 0 without a fire
    private readonly int _campfireCount;
    private readonly Matrix4x4[] _campfireLocal = [];
    private readonly int _fireLight = -1;        // the fire's light in _lights (FireLight), −1 without a fire
    private readonly float _wetness;
    private readonly Vector2 _wind;             // over the ground, m/s (x, z): smoke and drifting particles go with it
    private Lightning? _lightning;
    private int _lightningFrames;
    private readonly ShadowMapCache _shadowCache;
    private readonly ShadowMapCache _lampCache;  // the shadowed lamp's cube map (LampShadow)
    private readonly SmokeOrder _smokeOrder = new();
    private readonly Vector4[] _drawSphere;      // per draw this frame: world bounding sphere (centre xyz, radius w)
    private Track? _lampTrack;                   // the track the shadowed lamp was picked for
    private Matrix4x4 _lampKey;                  // what the lamp's map was drawn from: its position and reach
    private FrameConstants _frame;
    private readonly SpinningScenery _spinning = new();

    public SceneRenderer(World world, RenderOptions options, IRenderBackend backend, bool ownsBackend = true)
    {
        if (options.Width <= 0 || options.Height <= 0) throw new ArgumentOutOfRangeException(nameof(options), "size must be positive");
        _world = world;
        _options = options;
        _backend = backend;
        _ownsBackend = ownsBackend;
        _look = options.Look ?? Looks.Parse(world.Plan.Look?.Style);
        _stars = NightSky.Stars(world);
        _moonVisible = NightSky.MoonVisible(world);
        _weather = Precipitation.Constants(world);
        _particles = Particles.Constants(world);
        _hearth = Particles.Hearth(world);
        _wetness = Wetness(world);
        _wind = Wind.Of(world);

        var meshes = new Dictionary<Mesh, MeshHandle>(ReferenceEqualityComparer.Instance);
        MeshHandle Upload(Mesh m)
        {
            if (!meshes.TryGetValue(m, out var h)) meshes[m] = h = backend.CreateMesh(m);
            return h;
        }
        var textures = new Dictionary<Texture, TextureHandle>(ReferenceEqualityComparer.Instance);
        SurfaceParams Surface(Material m)
        {
            var surface = SurfaceParams.From(m);
            if (m.Albedo is { } image && !textures.TryGetValue(image, out surface.Albedo))
                textures[image] = surface.Albedo = backend.CreateTexture(image);
            return surface;
        }

        var entities = world.Entities;
        var hasGround = HasGround(world);
        var drawCount = hasGround ? 1 : 0;
        foreach (var e in entities) drawCount += e.Model.Parts.Count;
        var scenery = world.Environment.Scenery;
        foreach (var piece in scenery) drawCount += piece.Model.Parts.Count;
        var campfire = (int)_particles.X == Particles.Fire ? Campfire.Build(world.Plan.Seed) : null;
        if (campfire != null) drawCount += campfire.Parts.Count;
        _draws = new DrawItem[drawCount];
        _drawEntity = new int[drawCount];
        _partLocal = new Matrix4x4[drawCount];
        _meshSphere = new Vector4[drawCount];
        _drawJoints = new uint[drawCount];
        _skinning = new Skinning(entities);
        _shadowCache = new ShadowMapCache(drawCount, _skinning.Matrices.Length);
        _lampCache = new ShadowMapCache(drawCount, _skinning.Matrices.Length, lamp: true);
        _drawSphere = new Vector4[drawCount];
        _entityRadius = new float[entities.Count];
        _casterSpheres = new Vector4[entities.Count + scenery.Count];
        _scenerySpheres = new Vector4[scenery.Count];
        _fire = _hearth ?? Vector3.Zero;
        _lights = new SceneLights(world, campfire != null ? FireLight.Light(_fire, world.Environment) : null);
        if (campfire != null) _fireLight = _lights.Count - 1;
        _occluderRadius = new float[entities.Count];

        var env = world.Environment;
        var d = 0;
        if (hasGround)
        {
            var ground = Matrix4x4.CreateScale(env.GroundHalfSize, 1, env.GroundHalfSize);
            _draws[d] = new DrawItem
            {
                Mesh = Upload(GroundMesh.Create()),
                World = ground,
                NormalWorld = NormalMatrix(ground),
                PatternSpace = ground,
                Surface = Surface(env.Ground),
                ObjectId = 0,
                CastsShadow = false,
                IsGround = true,
            };
            _drawEntity[d++] = -1;
        }

        for (var i = 0; i < entities.Count; i++)
        {
            var e = entities[i];
            _entityRadius[i] = ModelBounds.Radius(e.Model);
            // The sphere of the body's volume: its bounding sphere would darken far too much around flat boxes.
            _occluderRadius[i] = MathF.Min(_entityRadius[i], MathF.Cbrt((float)(3 * e.Shape.Volume / (4 * Math.PI))));
            // A tank's water blocks no sky (it left a black ball in the tank), and a fish's equal-volume sphere is wider
            // than its flat body, so its flanks inside that sphere came out as a black band.
            if (e.Shape is LiquidShape || Compose.Assets.Kinds.Animals.IsWaterAnimal(e.Kind)) _occluderRadius[i] = 0;
            // What casts no shadow (a picture's layers, hundreds of metres across) stays out of the shadow map's fit.
            if (!e.Model.Parts.Any(p => p.Material.CastsShadow)) _entityRadius[i] = -1;
            foreach (var part in e.Model.Parts)
            {
                _draws[d] = new DrawItem
                {
                    Mesh = Upload(part.Mesh),
                    PatternSpace = part.Local,
                    Surface = Surface(part.Material),
                    ObjectId = checked((ushort)(i + 1)),
                    CastsShadow = part.Material.CastsShadow,
                };
                _drawEntity[d] = i;
                _partLocal[d] = part.Local;
                _drawJoints[d] = e.Model.Rig is null ? 0 : Skinning.JointMask(part.Mesh);
                d++;
            }
        }

        // Scenery stands still: its transforms are set here once and the per-frame loop skips it; only the pieces
        // that spin (a Ferris wheel's rim, a windmill's sails) are posed again each frame (SpinningScenery).
        var spinRest = new List<Matrix4x4>();
        for (var k = 0; k < scenery.Count; k++)
        {
            var piece = scenery[k];
            var rest = Matrix4x4.CreateScale(piece.Scale) * Matrix4x4.CreateFromQuaternion(Quaternion.Normalize(piece.Rotation));
            var placement = rest * Matrix4x4.CreateTranslation(piece.Position);
            var maxScale = MathF.Max(MathF.Abs(piece.Scale.X), MathF.Max(MathF.Abs(piece.Scale.Y), MathF.Abs(piece.Scale.Z)));
            // Centred on the pivot, so for a spinner the sphere holds it at every angle.
            _scenerySpheres[k] = new Vector4(piece.Position, ModelBounds.Radius(piece.Model) * maxScale);
            spinRest.Clear();
            var first = d;
            foreach (var part in piece.Model.Parts)
            {
                spinRest.Add(part.Local * rest);
                var w = part.Local * placement;
                _draws[d] = new DrawItem
                {
                    Mesh = Upload(part.Mesh),
                    World = w,
                    NormalWorld = NormalMatrix(w),
                    PatternSpace = w,
                    Surface = Surface(part.Material),
                    ObjectId = 0,
                    CastsShadow = part.Material.CastsShadow,
                };
                _drawEntity[d++] = -1;
            }
            if (piece.Spin != Vector3.Zero) _spinning.Add(piece, first, CollectionsMarshal.AsSpan(spinRest));
        }
        // Turning parts never rest: they stay out of the shadow maps' still layers from the first frame, so the
        // still scenery's layer is drawn once and the spinners over a copy of it each frame.
        foreach (var s in _spinning.Draws)
        {
            _shadowCache.Moves(s);
            _lampCache.Moves(s);
        }
        // The fire's bed, placed under the flames once the shot's camera is known (PlaceFire).
        _campfireFirst = d;
        if (campfire != null)
        {
            _campfireLocal = new Matrix4x4[campfire.Parts.Count];
            for (var k = 0; k < campfire.Parts.Count; k++)
            {
                var part = campfire.Parts[k];
                _campfireLocal[k] = part.Local;
                _draws[d] = new DrawItem
                {
                    Mesh = Upload(part.Mesh), World = part.Local, NormalWorld = NormalMatrix(part.Local), PatternSpace = part.Local,
                    Surface = Surface(part.Material), ObjectId = 0, CastsShadow = part.Material.CastsShadow,
                };
                _drawEntity[d++] = -1;
            }
            _campfireCount = campfire.Parts.Count;
        }
        foreach (var draw in _draws) _anyEmissive |= draw.Surface.Emission != Vector3.Zero;
        var spheres = new Dictionary<MeshHandle, Vector4>();
        var index = 0;
        foreach (var e in entities) foreach (var part in e.Model.Parts) Sphere(part.Mesh, hasGround ? ++index : index++);
        foreach (var piece in scenery) foreach (var part in piece.Model.Parts) Sphere(part.Mesh, hasGround ? ++index : index++);
        if (campfire != null) foreach (var part in campfire.Parts) Sphere(part.Mesh, hasGround ? ++index : index++);
        void Sphere(Mesh mesh, int draw)
        {
            if (!spheres.TryGetValue(_draws[draw].Mesh, out var s)) spheres[_draws[draw].Mesh] = s = MeshSphere(mesh);
            _meshSphere[draw] = s;
        }
    }

    /// <summary>A sphere holding every vertex of a mesh (centre of its box, farthest vertex), in mesh space.</summary>
    private static Vector4 MeshSphere(Mesh mesh)
    {
        var positions = mesh.Positions.Span;
        if (positions.Length == 0) return Vector4.Zero;
        var min = new Vector3(float.MaxValue);
        var max = new Vector3(float.MinValue);
        foreach (var p in positions) { min = Vector3.Min(min, p); max = Vector3.Max(max, p); }
        var centre = (min + max) * 0.5f;
        var r2 = 0f;
        foreach (var p in positions) r2 = MathF.Max(r2, Vector3.DistanceSquared(p, centre));
        return new Vector4(centre, MathF.Sqrt(r2));
    }

    /// <summary>Marks the draws whose bounding spheres lie wholly outside the view frustum (the ground never is).</summary>
    private void CullOutOfView(in Matrix4x4 viewProjection)
    {
        Span<Vector4> planes = stackalloc Vector4[6];
        SceneLights.FrustumPlanes(viewProjection, planes);
        for (var d = 0; d < _draws.Length; d++)
        {
            if (_draws[d].IsGround) continue;
            var s = _meshSphere[d];
            ref readonly var m = ref _draws[d].World;
            var centre = Vector3.Transform(new Vector3(s.X, s.Y, s.Z), m);
            var scale = MathF.Sqrt(MathF.Max(new Vector3(m.M11, m.M12, m.M13).LengthSquared(),
                MathF.Max(new Vector3(m.M21, m.M22, m.M23).LengthSquared(), new Vector3(m.M31, m.M32, m.M33).LengthSquared())));
            var sphere = new Vector4(centre, s.W * scale);
            if (_draws[d].Skinned)
            {
                // Bent: bound it under this frame's joints, and let its entity's shadow caster sphere hold it too.
                var e = _drawEntity[d];
                sphere = _skinning.Bound(sphere, e, _drawJoints[d]);
                var caster = _casterSpheres[e];
                var reach = Vector3.Distance(new Vector3(sphere.X, sphere.Y, sphere.Z), new Vector3(caster.X, caster.Y, caster.Z)) + sphere.W;
                if (reach > caster.W) _casterSpheres[e].W = reach;
            }
            _drawSphere[d] = sphere;
            _draws[d].OutOfView = !SceneLights.SphereVisible(planes, new Vector3(sphere.X, sphere.Y, sphere.Z), sphere.W);
        }
    }

    /// <summary>Scenery within this distance of what the camera looks at casts sun shadows (the shadow map is fitted
    /// around it too, so it stays near the action rather than stretched over a whole town), m.</summary>
    public const float SceneryShadowReach = 18f;

    /// <summary>Wetness of upward surfaces under rain (0 dry, 1 soaked): streets read wet as soon as it rains.</summary>
    public static float Wetness(World world) => Precipitation.Of(world).Kind == Precipitation.Rain ? 1f : 0f;

    public int Width => _options.Width;
    public int Height => _options.Height;
    public string DeviceName => _backend.DeviceName;
    public LookStyle Look => _look;

    public void RenderFrame(Track track, int frame, Span<byte> rgba)
    {
        if (rgba.Length < Width * Height * 4) throw new ArgumentException("rgba must hold Width × Height × 4 bytes", nameof(rgba));
        Prepare(track, frame);
        if (_frame.SunDirection.W > 0 && _shadowCache.Update(_frame.LightViewProjection, _draws, _ownsBackend, _skinning.Matrices) is var work
            && work != ShadowWork.None)
            _backend.RenderShadowMap(_frame, _draws, work == ShadowWork.Still);
        if (_frame.LampShadow.W > 0 && _lampCache.Update(_lampKey, _draws, _ownsBackend, _skinning.Matrices) is var lampWork
            && lampWork != ShadowWork.None)
            _backend.RenderLampShadow(_frame, _draws, lampWork == ShadowWork.Still);
        var order = _smokeOrder.Sort(_frame);
        if (!order.IsEmpty)
        {
            _backend.SetParticleOrder(order);
            _frame.Air.Y = 1;
        }
        _backend.RenderColor(_frame, _draws);
        _backend.ReadColor(rgba);
    }

    public void RenderObjectIds(Track track, int frame, Span<ushort> ids)
    {
        if (ids.Length < Width * Height) throw new ArgumentException("ids must hold Width × Height entries", nameof(ids));
        Prepare(track, frame);
        _backend.RenderObjectIds(_frame, _draws);
        _backend.ReadObjectIds(ids);
    }

    public void RenderDepth(Track track, int frame, Span<float> metres)
    {
        if (metres.Length < Width * Height) throw new ArgumentException("metres must hold Width × Height entries", nameof(metres));
        Prepare(track, frame);
        _backend.RenderObjectIds(_frame, _draws);
        _backend.ReadObjectDepth(metres);
        for (var i = 0; i < Width * Height; i++) metres[i] = CameraMath.ViewDepth(metres[i]);
    }

    public void RenderNormals(Track track, int frame, Span<Vector3> normals)
    {
        if (normals.Length < Width * Height) throw new ArgumentException("normals must hold Width × Height entries", nameof(normals));
        Prepare(track, frame);
        _backend.RenderNormals(_frame, _draws);
        _backend.ReadNormals(normals);
    }

    /// <summary>Fills the per-frame transforms and constants from the track.</summary>
    private void Prepare(Track track, int frame)
    {
        if (track.BodyIds.Count != _world.Entities.Count)
            throw new ArgumentException($"track has {track.BodyIds.Count} bodies, world has {_world.Entities.Count} entities", nameof(track));
        if ((uint)frame >= (uint)track.FrameCount) throw new ArgumentOutOfRangeException(nameof(frame));

        // Once per track (before the bounds below): where the fire burns, which lamp casts shadows.
        if (!ReferenceEquals(_lampTrack, track))
        {
            if (_campfireCount > 0)
            {
                PlaceFire(track);
                _lights.SetGain(_fireLight, 1f);   // the pick must not depend on the frame rendered before
            }
            _lights.ShadowLight = _options.Shadows && _options.LampShadows ? LampShadow.Pick(_lights, track) : -1;
            _lampTrack = track;
        }
        var poses = track.PosesAt(frame);
        for (var i = 0; i < poses.Length; i++)
            _casterSpheres[i] = new Vector4(poses[i].Position, _entityRadius[i]);
        for (var d = 0; d < _draws.Length; d++)
        {
            if (_drawEntity[d] < 0) continue;
            var pose = poses[_drawEntity[d]];
            var world = _partLocal[d] * Matrix4x4.CreateFromQuaternion(Quaternion.Normalize(pose.Rotation))
                        * Matrix4x4.CreateTranslation(pose.Position);
            _draws[d].World = world;
            _draws[d].NormalWorld = NormalMatrix(world);
        }
        if (_spinning.Any) _spinning.Pose((double)frame / Math.Max(track.Fps, 1), _draws);
        if (_skinning.Matrices.Length > 0)
        {
            _skinning.Fill(track, frame, poses);
            for (var d = 0; d < _draws.Length; d++)
            {
                var e = _drawEntity[d];
                _draws[d].Skinned = e >= 0 && _drawJoints[d] != 0 && _skinning.Posed(e);
                _draws[d].SkinBase = e >= 0 ? Math.Max(_skinning.Base(e), 0) : 0;
            }
            _backend.SetSkinMatrices(_skinning.Matrices);
        }

        var camera = track.CameraAt(frame);
        var viewProjection = CameraMath.View(camera) * CameraMath.Projection(camera, (float)Width / Height);
        Matrix4x4.Invert(viewProjection, out var inverse);
        CullOutOfView(viewProjection);
        var env = _world.Environment;
        var sun = env.SunDirection.LengthSquared() > 1e-8f ? Vector3.Normalize(env.SunDirection) : Vector3.UnitY;

        var hasShadow = false;
        var lightViewProjection = Matrix4x4.Identity;
        var texel = 0f;
        var casters = poses.Length;
        foreach (var s in _scenerySpheres)
            if (Vector3.Distance(new Vector3(s.X, s.Y, s.Z), camera.Target) < SceneryShadowReach + s.W) _casterSpheres[casters++] = s;
        if (_options.Shadows && sun.Y > 0)
            hasShadow = ShadowFit.TryFit(_casterSpheres.AsSpan(0, casters), sun, ShadowMapSize, camera.Target, out lightViewProjection, out texel);

        var flash = FlashAt(track, frame, out var bolt);
        var flicker = _fireLight >= 0 ? FireLight.Flicker((double)frame / Math.Max(track.Fps, 1), _world.Plan.Seed) : 1f;
        if (_fireLight >= 0) _lights.SetGain(_fireLight, flicker);
        var lightCount = _lights.Fill(poses, viewProjection, camera.Eye, ref _frame.Lights);
        var lampShadow = lightCount > 0 && _lights.FirstIsShadowLight ? LampCasters() : Vector4.Zero;
        var litKey = lightCount > 0 ? MeteredLampLight(camera.Target) : 0f;
        var gain = AutoExposure.Gain(env, litKey);

        _frame = new FrameConstants
        {
            ViewProjection = viewProjection,
            InverseViewProjection = inverse,
            LightViewProjection = lightViewProjection,
            Eye = new Vector4(camera.Eye, 1),
            SunDirection = new Vector4(sun, hasShadow ? 1 : 0),
            SunColor = new Vector4(env.SunColor, Exposure * gain),
            SkyZenith = new Vector4(env.SkyZenith, _stars),
            SkyHorizon = new Vector4(env.SkyHorizon, _moonVisible ? 1 : 0),
            GroundAlbedo = new Vector4(env.Ground.BaseColor, AutoExposure.EmissionScale(gain)),
            Fog = new Vector4(MathF.Max(env.FogDensity, 0) + ClearAirHaze.At(LandReach(env)), LandReach(env), texel, 0),
            Look = new Vector4((int)_look, (int)Looks.Shading(_look), frame, Looks.AmbientScale(_look)),
            Weather = Precipitation.At(_weather, frame, track.Fps),
            Particles = Particles.At(_particles, frame, track.Fps),
            ParticleSource = Particles.Source(camera.Target, _particles, _campfireCount > 0 ? _fire : _hearth),
            Air = new Vector4(flicker, 0, _wind.X, _wind.Y),
            Lights = _frame.Lights,
            Bolt = bolt,
            Lens = _options.DepthOfField && Looks.HasDepthOfField(_look) ? DepthOfField.At(_world.Plan, (double)frame / Math.Max(track.Fps, 1), camera, poses, Height) : default,
            Lighting = new Vector4(lightCount, lightCount > 0 || _anyEmissive || flash > 0 ? 1 : 0, flash, _wetness),
            LampShadow = lampShadow,
        };
        FillOccluders(poses, camera.Target);
    }

    /// <summary>Puts the fire (its bed, its light, its flames) where it burns for this track: beside the first person
    /// (<see cref="Particles.Hearth"/>), or with no one in the scene where the shot's first frame frames it whole
    /// (<see cref="FireLight.PlaceInFrame"/>; a function of the track, so every frame range agrees).</summary>
    private void PlaceFire(Track track)
    {
        var groundY = _draws.Length > 0 && _draws[0].IsGround ? _draws[0].World.M42 : 0f;
        _fire = _hearth ?? FireLight.PlaceInFrame(track.CameraAt(0), (float)Width / Height, groundY);
        _lights.Move(_fireLight, _fire + new Vector3(0, FireLight.Lift, 0));
        var place = Matrix4x4.CreateTranslation(_fire - new Vector3(0, Campfire.FlameBase, 0));
        for (var k = 0; k < _campfireCount; k++)
        {
            var w = _campfireLocal[k] * place;
            ref var draw = ref _draws[_campfireFirst + k];
            draw.World = w;
            draw.NormalWorld = NormalMatrix(w);
            draw.PatternSpace = w;
        }
    }

    /// <summary>Marks which cube faces of lamp 0 (the shadowed lamp, just placed by <see cref="SceneLights.Fill"/>)
    /// each caster falls in, and returns the map's constants. Glowing surfaces (the bulb, the flames' bed) are the
    /// light itself and cast nothing.</summary>
    private Vector4 LampCasters()
    {
        var l = _frame.Lights[0].PositionRange;
        var lamp = new Vector3(l.X, l.Y, l.Z);
        for (var d = 0; d < _draws.Length; d++)
        {
            ref var draw = ref _draws[d];
            draw.LampFaces = draw.CastsShadow && !draw.IsGround && draw.Surface.Emission == Vector3.Zero
                ? LampShadow.Faces(lamp, _drawSphere[d], l.W) : (byte)0;
        }
        _lampKey = Matrix4x4.CreateTranslation(lamp) with { M11 = l.W };
        return LampShadow.Constants(l.W);
    }

    /// <summary>Lightning at this frame (the strike schedule is made once per track length).</summary>
    private float FlashAt(Track track, int frame, out Vector4 bolt)
    {
        bolt = default;
        if (_lightning is null || _lightningFrames != track.FrameCount)
        {
            _lightning = new Lightning(_world, (double)track.FrameCount / Math.Max(track.Fps, 1));
            _lightningFrames = track.FrameCount;
        }
        var seconds = (double)frame / Math.Max(track.Fps, 1);
        var flash = _lightning.FlashAt(seconds);
        if (flash <= 0 || NightSky.IsIndoor(_world)) return flash;
        // The bolt stands where the camera looked when it struck, a little to one side, fixed in the world.
        var strike = _lightning.Strikes[_lightning.StrikeIndexAt(seconds)];
        var atStrike = track.CameraAt(Math.Clamp((int)(strike.FlashSeconds * track.Fps), 0, track.FrameCount - 1));
        var forward = atStrike.Target - atStrike.Eye;
        var side = (float)(strike.DistanceMetres % 1000 / 1000 - 0.5) * 0.6f;
        bolt = new Vector4(MathF.Atan2(forward.X, forward.Z) + side, flash, (float)(strike.FlashSeconds * 13.7 % 97), 0);
        return flash;
    }

    /// <summary>What the camera's meter reads from the lamps: the mean illuminance on the ground around the point
    /// the camera looks at (there and 4 m to each side), so a lamp-lit street is exposed for its pools of light.</summary>
    private float MeteredLampLight(Vector3 target)
    {
        var ground = target with { Y = 0 };
        const float Step = 4f;
        return (_lights.IlluminanceAt(ground) + _lights.IlluminanceAt(ground + new Vector3(Step, 0, 0))
                + _lights.IlluminanceAt(ground - new Vector3(Step, 0, 0)) + _lights.IlluminanceAt(ground + new Vector3(0, 0, Step))
                + _lights.IlluminanceAt(ground - new Vector3(0, 0, Step))) / 5f;
    }

    /// <summary>False when the plan asks for no ground plane (<c>world.ground = "none"</c>: a floating product
    /// shot, an image used as the whole frame).</summary>
    public static bool HasGround(World world) =>
        !string.Equals(world.Plan.World?.Ground?.Trim(), "none", StringComparison.OrdinalIgnoreCase);

    /// <summary>The bodies nearest the camera's target become the frame's ambient occluders.</summary>
    private void FillOccluders(ReadOnlySpan<Pose> poses, Vector3 focus)
    {
        var count = 0;
        for (var i = 0; i < poses.Length; i++)
        {
            var sphere = new Vector4(poses[i].Position, _occluderRadius[i]);
            if (count < OccluderArray.MaxCount) { _frame.Occluders[count++] = sphere; continue; }
            // Full: replace the farthest one if this body is nearer.
            var farthest = 0;
            for (var j = 1; j < count; j++)
                if (FocusDistance(_frame.Occluders[j], focus) > FocusDistance(_frame.Occluders[farthest], focus)) farthest = j;
            if (FocusDistance(sphere, focus) < FocusDistance(_frame.Occluders[farthest], focus)) _frame.Occluders[farthest] = sphere;
        }
        _frame.Fog.W = count;
    }

    private static float FocusDistance(Vector4 s, Vector3 focus) => Vector3.DistanceSquared(new Vector3(s.X, s.Y, s.Z), focus);

    /// <summary>The inverse transpose of a world transform's linear part: how it carries normals.</summary>
    internal static Matrix4x4 NormalMatrix(in Matrix4x4 world)
    {
        var m = world;
        m.M41 = m.M42 = m.M43 = 0;
        return Matrix4x4.Invert(m, out var inv) ? Matrix4x4.Transpose(inv) : m;
    }

    public void Dispose()
    {
        if (_ownsBackend) _backend.Dispose();
    }

    /// <summary>m; where the land dissolves into the haze: the set's own far land, else the ground square's edge.</summary>
    private static float LandReach(WorldEnvironment env) => env.LandReach > 0 ? env.LandReach : env.GroundHalfSize;
}
