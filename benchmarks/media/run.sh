#!/usr/bin/env bash
# Thumbnails per second and peak memory: 50 camera-size JPEGs (4000x3000) to 800 px wide WebP (q 80, no metadata),
# through Portal's ImageVariants and through Debian's vipsthumbnail, on the same files.
# Usage: benchmarks/media/run.sh [count]   (WORK=/some/dir to keep the generated files elsewhere)
set -euo pipefail
cd "$(dirname "$0")/../.."
COUNT="${1:-50}"
WORK="${WORK:-/tmp/portal-media-bench}"
PROJECT=benchmarks/Portal.Benchmarks.Media
if ! command -v vipsthumbnail >/dev/null; then
    apt-get install -y --no-install-recommends libvips-tools >/dev/null
fi
if [ ! -x /usr/bin/time ]; then
    apt-get install -y --no-install-recommends time >/dev/null
fi

dotnet build "$PROJECT" -c Release -v quiet -nologo >/dev/null
BENCH="$PROJECT/bin/Release/net10.0/Portal.Benchmarks.Media.dll"

mkdir -p "$WORK"
if [ "$(find "$WORK/originals" -name '*.jpg' 2>/dev/null | wc -l)" -ne "$COUNT" ]; then
    rm -rf "$WORK/originals"
    dotnet "$BENCH" generate "$WORK/originals" "$COUNT"
fi
echo "originals: $(du -sh "$WORK/originals" | cut -f1) in $COUNT files"

peak() { grep 'Maximum resident set size' "$1" | awk '{printf "%.0f MB", $6 / 1024}'; }

rm -rf "$WORK/portal-cache"
/usr/bin/time -v -o "$WORK/portal.time" dotnet "$BENCH" variants "$WORK/originals" "$WORK/portal-cache"
echo "portal: peak RSS $(peak "$WORK/portal.time")"

rm -rf "$WORK/vips" && mkdir -p "$WORK/vips"
start=$(date +%s.%N)
/usr/bin/time -v -o "$WORK/vips.time" vipsthumbnail "$WORK"/originals/*.jpg --size 800x -o "$WORK/vips/%s.webp[Q=80,strip]"
end=$(date +%s.%N)
echo "vipsthumbnail $(vips --version | cut -d' ' -f1-2): $COUNT thumbnails in $(echo "$end - $start" | bc -l | xargs printf '%.2f') s = $(echo "$COUNT / ($end - $start)" | bc -l | xargs printf '%.2f') thumbnails/s, peak RSS $(peak "$WORK/vips.time")"
echo "sizes: portal $(du -sh "$WORK/portal-cache/media-cache" | cut -f1), vipsthumbnail $(du -sh "$WORK/vips" | cut -f1)"
