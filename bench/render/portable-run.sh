#!/usr/bin/env bash
# Runs on the GPU machine from a folder made by bench/render/pack.sh: the render tests (the golden images included),
# the speed, profile and memory tables (RenderBench) and the looks' post pass (LookBench).
#   DIR/run.sh OUTDIR        (OUTDIR gets tests.xml, bench.md, looks.xml, device.txt and the logs)
# Env: SOURCE (where the checkout lies on this machine, default: the folder above DIR); the NVIDIA EGL vendor file is
# used where the driver mounts it under /usr/local/nvidia.
set -uo pipefail
dir="$(cd "$(dirname "$0")" && pwd)"
out="$(mkdir -p "${1:?usage: run.sh OUTDIR}" && cd "$1" && pwd)"
nvidia_egl=/usr/local/nvidia/share/glvnd/egl_vendor.d/10_nvidia.json
[ -f "$nvidia_egl" ] && export __EGL_VENDOR_LIBRARY_FILENAMES="$nvidia_egl"
{ nvidia-smi -L; nproc; } > "$out/device.txt" 2>&1
runtime="$(mktemp -d)"
tar -C "$runtime" -xJf "$dir/dotnet.tar.xz"
export DOTNET_ROOT="$runtime" PATH="$runtime:$PATH" DOTNET_ROLL_FORWARD=Major DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
source_root="$(cat "$dir/source-root")"
if [ ! -e "$source_root" ]; then mkdir -p "$(dirname "$source_root")"; ln -s "${SOURCE:-$(dirname "$dir")}" "$source_root"; fi
cd "$dir/tests"
run() { dotnet ../xunit/xunit.console.dll Kinora.Render.Tests.dll -nologo "$@"; }
run -notrait Category=RenderBench -notrait Category=LookBench -xml "$out/tests.xml" > "$out/tests.log" 2>&1; echo "render tests: exit $?"
KINORA_BENCH_WRITE="$out/bench.md" run -trait Category=RenderBench -xml "$out/bench.xml" > "$out/bench.log" 2>&1; echo "render bench: exit $?"
run -trait Category=LookBench -xml "$out/looks.xml" > "$out/looks.log" 2>&1; echo "looks bench: exit $?"
tail -3 "$out/tests.log"; cat "$out/bench.md"
