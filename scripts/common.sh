# Shared by scripts/run, scripts/test and scripts/bench: install what is missing, configure, build.
# Sourced, not executed.

BPS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

BPS_PACKAGES=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-svg-dev libqt6svg6 libgl-dev
  qt6-tools-dev qt6-l10n-tools qt6-translations-l10n # the catalogues: lrelease, lupdate, Qt's own
  libqcustomplot-dev libeigen3-dev liblbfgspp-dev nlohmann-json3-dev zlib1g-dev
  libopenblas-openmp-dev dataset-fashion-mnist
  python3-onnx python3-numpy # tests/core/onnx_check.py: the ONNX export test
  python3-opencv # tests/core/onnx_check.py: OpenCV's DNN module runs every exported ONNX file
  python3-torch  # tests/core/tst_pytorchexport.cpp: the exported PyTorch script runs and trains;
                 # tests/bench/peers.py (scripts/bench --peers, which also installs python3-scipy)
)

# bps_install_packages [extra packages…]: apt-get install whatever is not installed yet.
bps_install_packages() {
  local wanted=("${BPS_PACKAGES[@]}" "$@") missing=() p
  for p in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing missing packages: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  if ! command -v apt-get >/dev/null; then
    echo "error: apt-get not found; install these packages by hand: ${missing[*]}" >&2
    return 1
  fi
  $sudo apt-get update -qq || true
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# bps_build PRESET [targets…]
bps_build() {
  local preset="$1"; shift
  cmake --preset "$preset" -S "$BPS_ROOT" >/dev/null || cmake --preset "$preset" -S "$BPS_ROOT"
  if [ $# -gt 0 ]; then
    cmake --build "$BPS_ROOT/build/$preset" --parallel "$(nproc)" --target "$@"
  else
    cmake --build "$BPS_ROOT/build/$preset" --parallel "$(nproc)"
  fi
}
