#!/usr/bin/env python3
"""Draws the two Teams app icons with the standard library only (zlib + struct).

    python3 manifest/icons/make_icons.py      # writes manifest/color.png and manifest/outline.png

color.png   192x192, opaque: a white speech bubble with a dark blue check mark on Rijksoverheid
            dark blue (#154273). Teams rounds the corners itself, so the background fills the square.
outline.png 32x32, white on transparent: the same bubble as a 2 px outline with the check mark inside.

The shapes are signed distance functions, so the edges are anti-aliased at any size. The output is
deterministic: running the script again gives the same bytes.
"""
import math
import os
import struct
import zlib

DARK_BLUE = (0x15, 0x42, 0x73)
WHITE = (0xFF, 0xFF, 0xFF)

# The design, in a unit frame (0..1 both ways, y down) that the bubble and its tail fill.
BODY_CENTRE = (0.5, 0.40)
BODY_HALF = (0.5, 0.40)        # the rounded body spans x 0..1, y 0..0.80
BODY_RADIUS = 0.22
TAIL = [(0.20, 0.70), (0.46, 0.70), (0.16, 1.00)]  # bottom-left, pointing down and left
CHECK = [(0.27, 0.41), (0.43, 0.57), (0.73, 0.25)]


def rounded_box(px, py, centre, half, radius):
    """Signed distance from (px, py) to a rounded rectangle (negative inside)."""
    qx = abs(px - centre[0]) - (half[0] - radius)
    qy = abs(py - centre[1]) - (half[1] - radius)
    outside = math.hypot(max(qx, 0.0), max(qy, 0.0))
    inside = min(max(qx, qy), 0.0)
    return outside + inside - radius


def polygon(px, py, points):
    """Signed distance to a simple polygon (Inigo Quilez's method)."""
    d = (px - points[0][0]) ** 2 + (py - points[0][1]) ** 2
    sign = 1.0
    j = len(points) - 1
    for i, (vx, vy) in enumerate(points):
        wx, wy = points[j]
        ex, ey = wx - vx, wy - vy
        dx, dy = px - vx, py - vy
        t = max(0.0, min(1.0, (dx * ex + dy * ey) / (ex * ex + ey * ey)))
        bx, by = dx - ex * t, dy - ey * t
        d = min(d, bx * bx + by * by)
        c1 = py >= vy
        c2 = py < wy
        c3 = ex * dy > ey * dx
        if (c1 and c2 and c3) or (not c1 and not c2 and not c3):
            sign = -sign
        j = i
    return sign * math.sqrt(d)


def segment(px, py, a, b):
    """Distance from (px, py) to the segment a-b."""
    ax, ay = a
    bx, by = b
    ex, ey = bx - ax, by - ay
    t = max(0.0, min(1.0, ((px - ax) * ex + (py - ay) * ey) / (ex * ex + ey * ey)))
    return math.hypot(px - ax - ex * t, py - ay - ey * t)


def bubble(x, y):
    return min(rounded_box(x, y, BODY_CENTRE, BODY_HALF, BODY_RADIUS), polygon(x, y, TAIL))


def check(x, y):
    return min(segment(x, y, CHECK[0], CHECK[1]), segment(x, y, CHECK[1], CHECK[2]))


def coverage(distance_px):
    """How much of a pixel a shape covers, from its signed distance in pixels at the pixel centre."""
    return max(0.0, min(1.0, 0.5 - distance_px))


def render(size, origin, scale, shade):
    """Calls shade(d_bubble_px, d_check_px) for every pixel; scale = pixels per design unit."""
    rows = []
    for row in range(size):
        pixels = []
        for col in range(size):
            x = (col + 0.5 - origin[0]) / scale
            y = (row + 0.5 - origin[1]) / scale
            pixels.append(shade(bubble(x, y) * scale, check(x, y) * scale))
        rows.append(pixels)
    return rows


def mix(a, b, t):
    return tuple(round(a[i] + (b[i] - a[i]) * t) for i in range(3))


def color_icon():
    size = 192
    scale = 112.0                       # the bubble is 112 px wide, centred: Teams' safe area
    origin = ((size - scale) / 2, (size - scale) / 2)
    stroke = 0.085 * scale / 2          # half the check mark's thickness, in pixels

    def shade(d_bubble, d_check):
        colour = mix(DARK_BLUE, WHITE, coverage(d_bubble))
        return mix(colour, DARK_BLUE, coverage(d_check - stroke))

    return size, render(size, origin, scale, shade), False


def outline_icon():
    size = 32
    scale = 28.0                        # 2 px margin left and right
    origin = ((size - scale) / 2, (size - scale) / 2)
    ring = 2.0                          # the outline's width in pixels
    stroke = 1.1                        # half the check mark's thickness, in pixels

    def shade(d_bubble, d_check):
        # The ring lies just inside the bubble's edge.
        ring_distance = max(d_bubble, -(d_bubble + ring))
        alpha = max(coverage(ring_distance), coverage(d_check - stroke))
        return WHITE + (round(alpha * 255),)

    return size, render(size, origin, scale, shade), True


def png(size, rows, alpha):
    """A PNG file's bytes: 8-bit RGB or RGBA, no interlace, filter 0 on every row."""
    colour_type = 6 if alpha else 2
    raw = b''.join(b'\x00' + bytes(v for pixel in row for v in pixel) for row in rows)

    def chunk(kind, data):
        body = kind + data
        return struct.pack('>I', len(data)) + body + struct.pack('>I', zlib.crc32(body) & 0xFFFFFFFF)

    header = struct.pack('>IIBBBBB', size, size, 8, colour_type, 0, 0, 0)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', header)
            + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))


def main():
    out_dir = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
    for name, make in (('color.png', color_icon), ('outline.png', outline_icon)):
        size, rows, alpha = make()
        path = os.path.join(out_dir, name)
        with open(path, 'wb') as f:
            f.write(png(size, rows, alpha))
        print(f'{path}: {size}x{size}, {"RGBA" if alpha else "RGB"}')


if __name__ == '__main__':
    main()
