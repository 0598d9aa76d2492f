#!/usr/bin/env bash
# Packs the render bench and the render tests into one folder that runs on a machine with a GPU and no .NET SDK
# (issue 3: "when the GPU machine is lent, run the same bench there"): the .NET runtime (xz, ~30 MB), the built
# Kinora.Render.Tests and xUnit's console runner (v2.4.1, netcoreapp2.0, rolled forward to .NET 10), and run.sh.
#   bench/render/pack.sh DIR        then, on the GPU machine: DIR/run.sh OUTDIR
# The GPU machine needs libEGL (glvnd) and its vendor's EGL driver; the renderer takes Mesa's surfaceless platform or
# the NVIDIA driver's, whichever EGL offers (Render.OpenGL/Egl/EglContext.cs).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
dir="${1:?usage: pack.sh DIR}"
artifacts="${ARTIFACTS:-/tmp/kinora-bench-pack}"
dotnet_root="$(dirname "$(readlink -f "$(command -v dotnet)")")"
mkdir -p "$dir"
dotnet build "$root/tests/Kinora.Render.Tests" -c Release --artifacts-path "$artifacts" -nologo -v quiet
rm -rf "$dir/tests" "$dir/xunit"
cp -r "$artifacts/bin/Kinora.Render.Tests/release" "$dir/tests"
# xUnit's console runner: the test project's own runner is a VSTest adapter, which needs the SDK.
tmp="$(mktemp -d)"
cat > "$tmp/get.csproj" <<'XML'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
  <ItemGroup><PackageDownload Include="xunit.runner.console" Version="[2.4.1]" /></ItemGroup>
</Project>
XML
dotnet restore "$tmp/get.csproj" -nologo -v quiet
cp -r "${NUGET_PACKAGES:-$HOME/.nuget/packages}/xunit.runner.console/2.4.1/tools/netcoreapp2.0" "$dir/xunit"
rm -rf "$tmp"
runtime="$(ls -d "$dotnet_root"/shared/Microsoft.NETCore.App/* | sort -V | tail -1)"
tar -C "$dotnet_root" -cJf "$dir/dotnet.tar.xz" dotnet host "shared/Microsoft.NETCore.App/$(basename "$runtime")"
cp "$here/portable-run.sh" "$dir/run.sh"
# The golden-image tests find their images beside the test source (CallerFilePath): run.sh links this checkout there.
echo "$root" > "$dir/source-root"
echo "packed $(du -sh "$dir" | cut -f1) into $dir"
