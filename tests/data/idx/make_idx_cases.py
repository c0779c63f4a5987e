#!/usr/bin/env python3
"""Writes the small IDX files tst_idxloader reads: valid ones and one per malformed case.

Run from anywhere: python3 make_idx_cases.py. Outputs are committed so the tests need no
Python; the gzip members use mtime 0 so reruns produce identical bytes.
"""

import gzip
import os
import struct

HERE = os.path.dirname(os.path.abspath(__file__))


def idx(magic, dims, payload):
    return struct.pack(">I", magic) + b"".join(struct.pack(">I", d) for d in dims) + payload


def images(count, rows, cols):
    # Pixel k of image i is (i * 7 + k) % 256: every value checkable from its position.
    payload = bytes((i * 7 + k) % 256 for i in range(count) for k in range(rows * cols))
    return idx(0x00000803, [count, rows, cols], payload)


def labels(values):
    return idx(0x00000801, [len(values)], bytes(values))


def gz(data):
    return gzip.compress(data, mtime=0)


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def main():
    good_images = images(5, 3, 2)
    good_labels = labels([0, 1, 2, 1, 0])
    # Valid pair, plain and gzip.
    write("small-images.idx3", good_images)
    write("small-labels.idx1", good_labels)
    write("small-images.idx3.gz", gz(good_images))
    write("small-labels.idx1.gz", gz(good_labels))
    # A gzip file without the .gz extension: detection must go by the magic bytes.
    write("gzip-no-extension.idx3", gz(good_images))

    # Malformed cases, one per file.
    write("empty.idx3", b"")
    write("bad-magic.idx3", struct.pack(">I", 0x12345678) + good_images[4:])
    write("wrong-dims.idx3", idx(0x00000802, [5, 6], bytes(30)))
    write("wrong-type.idx3", idx(0x00000D03, [5, 3, 2], bytes(30)))
    write("truncated-header.idx3", good_images[:10])
    write("truncated-data.idx3", good_images[:-7])
    # Claims a billion 28x28 images: must be refused before allocating anything that big.
    write("huge-claim.idx3", idx(0x00000803, [1_000_000_000, 28, 28], bytes(100)))
    # Claims 500 million 1x1 images (4 GB as doubles, just under the limit) in a tiny file:
    # reading must fail at the truncation without first allocating the claimed size.
    write("claim-many-small.idx3", idx(0x00000803, [500_000_000, 1, 1], bytes(100)))
    write("claim-many-small.idx1", idx(0x00000801, [500_000_000], bytes(100)))
    write("zero-size.idx3", idx(0x00000803, [5, 0, 2], b""))
    write("count-mismatch.idx1", labels([0, 1, 2, 1]))
    write("all-zero.idx1", labels([0, 0, 0, 0, 0]))
    write("truncated-labels.idx1", good_labels[:-2])
    # gzip magic followed by garbage, and a valid gzip stream cut in half.
    write("corrupt.idx3.gz", b"\x1f\x8b\x08\x00" + bytes(range(7, 200)))
    full = gz(images(5, 64, 64))
    write("truncated.idx3.gz", full[: len(full) // 2])


if __name__ == "__main__":
    main()
