#!/usr/bin/env python3
"""Checks that a PNG screenshot of docs/membership.svg shows the chart rather than a blank page.

Usage: check-png.py FILE.png

Reads the PNG with the standard library only (8-bit RGB or RGBA, as Chromium writes screenshots) and
fails unless the picture has enough non-white pixels, enough distinct colours, and a solid area in
each status colour of the chart (the colours MembershipChart.java gives member states, observer
states, dialogue partners and SCO partners).
"""
import struct
import sys
import zlib

STATUS_COLOURS = {
    "member state": (0x00, 0x72, 0xB2),
    "observer state": (0xE6, 0x9F, 0x00),
    "dialogue partner": (0x00, 0x9E, 0x73),
    "SCO partner": (0xCC, 0x79, 0xA7),
}
MIN_NON_WHITE = 0.05
MIN_COLOURS = 16
MIN_PIXELS_PER_STATUS = 200
TOLERANCE = 6


def pixels(path):
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise SystemExit(f"{path}: not a PNG file")
    pos, idat, header = 8, [], None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat.append(body)
        pos += 12 + length
    width, height, depth, colour_type, _, _, interlace = header
    if depth != 8 or colour_type not in (2, 6) or interlace != 0:
        raise SystemExit(f"{path}: unsupported PNG (bit depth {depth}, colour type {colour_type},"
                         f" interlace {interlace}); expected 8-bit RGB or RGBA")
    channels = 3 if colour_type == 2 else 4
    raw = zlib.decompress(b"".join(idat))
    stride = width * channels
    previous = bytearray(stride)
    rows = []
    i = 0
    for _ in range(height):
        kind = raw[i]
        line = bytearray(raw[i + 1:i + 1 + stride])
        i += 1 + stride
        for x in range(stride):
            a = line[x - channels] if x >= channels else 0
            b = previous[x]
            c = previous[x - channels] if x >= channels else 0
            if kind == 1:
                line[x] = (line[x] + a) & 0xFF
            elif kind == 2:
                line[x] = (line[x] + b) & 0xFF
            elif kind == 3:
                line[x] = (line[x] + (a + b) // 2) & 0xFF
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                predictor = a if pa <= pb and pa <= pc else b if pb <= pc else c
                line[x] = (line[x] + predictor) & 0xFF
        rows.append(line)
        previous = line
    for line in rows:
        for x in range(0, stride, channels):
            yield line[x], line[x + 1], line[x + 2]


def main():
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    path = sys.argv[1]
    counts = {}
    total = 0
    for rgb in pixels(path):
        counts[rgb] = counts.get(rgb, 0) + 1
        total += 1
    non_white = sum(n for rgb, n in counts.items() if min(rgb) < 245)
    problems = []
    if total == 0 or non_white / total < MIN_NON_WHITE:
        problems.append(f"only {non_white} of {total} pixels are not white (at least {MIN_NON_WHITE:.0%} expected)")
    if len(counts) < MIN_COLOURS:
        problems.append(f"only {len(counts)} distinct colours (at least {MIN_COLOURS} expected)")
    for status, colour in STATUS_COLOURS.items():
        near = sum(n for rgb, n in counts.items() if all(abs(p - q) <= TOLERANCE for p, q in zip(rgb, colour)))
        if near < MIN_PIXELS_PER_STATUS:
            problems.append(f"the {status} colour #{'%02X%02X%02X' % colour} covers {near} pixels"
                            f" (at least {MIN_PIXELS_PER_STATUS} expected)")
    if problems:
        print(f"{path}: the chart looks blank or broken: " + "; ".join(problems))
        sys.exit(1)
    print(f"{path}: {total} pixels, {non_white / total:.0%} not white, {len(counts)} colours,"
          " every status colour present")


if __name__ == "__main__":
    main()
