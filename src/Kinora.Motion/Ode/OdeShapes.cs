using System.Numerics;
using System.Runtime.InteropServices;
using Kinora.Compose;

namespace Kinora.Motion.Ode;

/// <summary>
/// Turns Kinora's <see cref="Shape"/>s into ODE geoms and mass distributions, and owns the native arrays that
/// convex, trimesh and heightfield geoms point into (ODE keeps the pointers, so they live as long as the world).
/// ODE's capsules and cylinders lie along local Z; Kinora's stand along Y, so their geoms are turned −90° about X.
/// </summary>
internal sealed unsafe class OdeShapes : IDisposable
{
    /// <summary>A geom and where it sits in its body's frame.</summary>
    public readonly record struct Placed(nint Geom, Vector3 Offset, Quaternion Rotation);

    private static readonly Quaternion ZToY = Quaternion.CreateFromAxisAngle(Vector3.UnitX, -MathF.PI / 2);

    private readonly List<nint> _blocks = [];
    private readonly List<nint> _trimeshData = [];
    private readonly List<nint> _heightfieldData = [];

    /// <summary>Creates the geoms of <paramref name="shape"/> in <paramref name="space"/>; a compound gives one per part.</summary>
    public void Create(nint space, Shape shape, Vector3 offset, Quaternion rotation, List<Placed> into)
    {
        switch (shape)
        {
            case SphereShape s:
                into.Add(new(OdeNative.dCreateSphere(space, s.Radius), offset, rotation));
                break;
            case BoxShape b:
                var size = b.HalfExtents * 2;
                into.Add(new(OdeNative.dCreateBox(space, size.X, size.Y, size.Z), offset, rotation));
                break;
            case CapsuleShape c:
                into.Add(new(OdeNative.dCreateCapsule(space, c.Radius, 2 * c.HalfLength), offset, rotation * ZToY));
                break;
            case CylinderShape c:
                into.Add(new(OdeNative.dCreateCylinder(space, c.Radius, 2 * c.HalfLength), offset, rotation * ZToY));
                break;
            case ConvexHullShape h:
                into.Add(new(Convex(space, h), offset, rotation));
                break;
            case TriangleMeshShape m:
                into.Add(new(TriMesh(space, m), offset, rotation));
                break;
            case HeightfieldShape f:
                into.Add(new(Heightfield(space, f), offset, rotation));
                break;
            case CompoundShape compound:
                foreach (var part in compound.Parts)
                    Create(space, part.Shape, offset + Vector3.Transform(part.Offset, rotation), rotation * part.Rotation, into);
                break;
            default:
                throw new NotSupportedException($"shape {shape.GetType().Name} has no ODE geom");
        }
    }

    /// <summary>
    /// The mass distribution of <paramref name="shape"/> with total <paramref name="total"/> kg about its centre.
    /// A hull's inertia is its bounding box's (shards and rocks: close enough to tumble right); meshes and terrain
    /// never move, so theirs does not matter.
    /// </summary>
    public static void Mass(Shape shape, double total, DMass* mass)
    {
        switch (shape)
        {
            case SphereShape s:
                OdeNative.dMassSetSphereTotal(mass, total, s.Radius);
                break;
            case BoxShape b:
                OdeNative.dMassSetBoxTotal(mass, total, 2 * b.HalfExtents.X, 2 * b.HalfExtents.Y, 2 * b.HalfExtents.Z);
                break;
            case CapsuleShape c:
                OdeNative.dMassSetCapsuleTotal(mass, total, 2, c.Radius, 2 * c.HalfLength);
                break;
            case CylinderShape c:
                OdeNative.dMassSetCylinderTotal(mass, total, 2, c.Radius, 2 * c.HalfLength);
                break;
            case CompoundShape compound:
                OdeNative.dMassSetZero(mass);
                var volume = Math.Max(compound.Volume, 1e-12);
                DMass part;
                var r = stackalloc double[12];
                foreach (var p in compound.Parts)
                {
                    Mass(p.Shape, Math.Max(total * p.Shape.Volume / volume, 1e-6), &part);
                    RotationMatrix(p.Rotation, r);
                    OdeNative.dMassRotate(&part, r);
                    OdeNative.dMassTranslate(&part, p.Offset.X, p.Offset.Y, p.Offset.Z);
                    OdeNative.dMassAdd(mass, &part);
                }
                // ODE needs the centre of mass at the body's origin; parts are meant to be placed so, and a small
                // error is moved there rather than rejected.
                OdeNative.dMassTranslate(mass, -mass->C.X, -mass->C.Y, -mass->C.Z);
                break;
            default:
                var (min, max) = Bounds(shape);
                var extent = Vector3.Max(max - min, new Vector3(1e-3f));
                OdeNative.dMassSetBoxTotal(mass, total, extent.X, extent.Y, extent.Z);
                break;
        }
    }

    /// <summary>ODE's dMatrix3 (3 rows of 4) for a rotation.</summary>
    public static void RotationMatrix(Quaternion q, double* r)
    {
        var m = Matrix4x4.CreateFromQuaternion(q); // row-vector convention: rows are the images of the axes
        r[0] = m.M11; r[1] = m.M21; r[2] = m.M31; r[3] = 0;
        r[4] = m.M12; r[5] = m.M22; r[6] = m.M32; r[7] = 0;
        r[8] = m.M13; r[9] = m.M23; r[10] = m.M33; r[11] = 0;
    }

    private static (Vector3 Min, Vector3 Max) Bounds(Shape shape)
    {
        IReadOnlyList<Vector3> points = shape switch
        {
            ConvexHullShape h => h.Vertices,
            TriangleMeshShape m => m.Vertices,
            _ => [new Vector3(-shape.BoundingRadius), new Vector3(shape.BoundingRadius)],
        };
        var min = new Vector3(float.MaxValue);
        var max = new Vector3(float.MinValue);
        foreach (var p in points) { min = Vector3.Min(min, p); max = Vector3.Max(max, p); }
        return (min, max);
    }

    private nint Convex(nint space, ConvexHullShape h)
    {
        var faces = h.Faces.Count;
        var planes = (double*)Alloc(faces * 4 * sizeof(double));
        var points = (double*)Alloc(h.Vertices.Count * 3 * sizeof(double));
        var polygons = (uint*)Alloc((faces + h.Faces.Sum(f => f.Length)) * sizeof(uint));
        for (var i = 0; i < faces; i++)
        {
            var (n, d) = h.Plane(i);
            planes[4 * i] = n.X; planes[4 * i + 1] = n.Y; planes[4 * i + 2] = n.Z; planes[4 * i + 3] = d;
        }
        for (var i = 0; i < h.Vertices.Count; i++)
        {
            points[3 * i] = h.Vertices[i].X; points[3 * i + 1] = h.Vertices[i].Y; points[3 * i + 2] = h.Vertices[i].Z;
        }
        var k = 0;
        foreach (var f in h.Faces)
        {
            polygons[k++] = (uint)f.Length;
            foreach (var v in f) polygons[k++] = (uint)v;
        }
        return OdeNative.dCreateConvex(space, planes, (uint)faces, points, (uint)h.Vertices.Count, polygons);
    }

    private nint TriMesh(nint space, TriangleMeshShape m)
    {
        var vertices = (float*)Alloc(m.Vertices.Count * 3 * sizeof(float));
        for (var i = 0; i < m.Vertices.Count; i++)
        {
            vertices[3 * i] = m.Vertices[i].X; vertices[3 * i + 1] = m.Vertices[i].Y; vertices[3 * i + 2] = m.Vertices[i].Z;
        }
        var indices = (uint*)Alloc(m.Indices.Count * sizeof(uint));
        for (var i = 0; i < m.Indices.Count; i++) indices[i] = (uint)m.Indices[i];
        var data = OdeNative.dGeomTriMeshDataCreate();
        _trimeshData.Add(data);
        OdeNative.dGeomTriMeshDataBuildSingle(data, vertices, 3 * sizeof(float), m.Vertices.Count, indices, m.Indices.Count, 3 * sizeof(uint));
        return OdeNative.dCreateTriMesh(space, data, 0, 0, 0);
    }

    /// <summary>ODE heightfields are Y-up and centred on the geom, samples along X then Z, like Kinora's.</summary>
    private nint Heightfield(nint space, HeightfieldShape f)
    {
        var heights = new double[f.SamplesX * f.SamplesZ];
        for (var i = 0; i < heights.Length; i++) heights[i] = f.Heights[i];
        var data = OdeNative.dGeomHeightfieldDataCreate();
        _heightfieldData.Add(data);
        fixed (double* h = heights)
            OdeNative.dGeomHeightfieldDataBuildDouble(data, h, 1, f.Width, f.Depth, f.SamplesX, f.SamplesZ, 1, 0, 1, 0);
        return OdeNative.dCreateHeightfield(space, data, 1);
    }

    private void* Alloc(int bytes)
    {
        var block = NativeMemory.AllocZeroed((nuint)Math.Max(bytes, 8));
        _blocks.Add((nint)block);
        return block;
    }

    /// <summary>Call after the space (and its geoms) is destroyed.</summary>
    public void Dispose()
    {
        foreach (var d in _trimeshData) OdeNative.dGeomTriMeshDataDestroy(d);
        foreach (var d in _heightfieldData) OdeNative.dGeomHeightfieldDataDestroy(d);
        foreach (var b in _blocks) NativeMemory.Free((void*)b);
        _trimeshData.Clear();
        _heightfieldData.Clear();
        _blocks.Clear();
    }
}
