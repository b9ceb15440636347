"""The novelty detector's histogram: decayed counts of a series' values over their running
range, and how surprising a value is against them (no Bytewax).

:class:`DecayedHistogram` is the state behind both channels of
:class:`~signalcraft.operators.detector.NoveltyDetector` (the module says what (1) and (2)
are). Its ``bins`` counts are a compact ``array('d')`` of 8-byte floats: read a bin at a
time from Python (a numpy scalar per lookup costs more than the arithmetic), summed the
way numpy sums (:func:`bin_sum`, bit for bit), re-binned with numpy when the range grows.
The figures are those of the numpy arrays the detector kept before.

>>> h = DecayedHistogram(bins=10, width=0.05, memory=100, extension=1.0, seen=0.5)
>>> for x in [1.0, 2.0, 2.0, 3.0]:
...     h.add(x)
>>> round(h.surprise(2.0), 3), round(h.surprise(9.0), 1)
(0.396, 59.7)
"""

from __future__ import annotations

import math
import struct
from array import array

import numpy as np

from signalcraft.operators.baselines import shared, slot_state

__all__ = ["DecayedHistogram", "bin_sum", "pack_floats", "unpack_floats"]

_TINY = 1e-250  # a narrower range counts as one value
_floor = math.floor
"""``int(x)`` of a float ``x >= 0`` (the same integer) for less than half the cost: no call of the int type."""
_log10 = math.log10
_MOST = 1e12  # the largest surprise (decades): far beyond a tiny range stays finite
_RESCALE = 1e100  # the lazy decay's scale is folded into the counts beyond this
_HYPERPARAMETERS = frozenset({"bins", "extension", "keep", "seen", "width"})
"""What every histogram of a detector shares: restored from a pickle as one object each."""
_LAYOUT = 2
"""The pickled layout: ``(2, bins, width, extension, keep, seen, n, lo, hi, mass, scale, counts)``,
the counts by :func:`pack_floats` (the bins that are not 0). Layout 1 was pickle's own (slot
names and values), the counts an ``array('d')`` or, before it, a numpy array."""


class DecayedHistogram:
    """Decayed counts over the running range; the surprise of a value, (1) and (2) of
    :mod:`signalcraft.operators.detector`.

    The decay is lazy: counts are stored multiplied by ``scale``, which grows by
    ``1 / keep`` per value instead of every count shrinking by ``keep``. The counts are a
    compact ``array('d')`` (read bin by bin from Python without a numpy scalar each); sums
    over bins are numpy's (:func:`bin_sum`), so every figure is the one a numpy array gives.
    """

    __slots__ = ("bins", "counts", "extension", "hi", "keep", "lo", "mass", "n", "scale", "seen", "width")

    def __init__(self, bins: int, width: float, memory: int, extension: float, seen: float) -> None:
        self.bins, self.width, self.extension, self.seen = bins, width, extension, seen
        self.keep = shared(1.0 - 1.0 / memory)  # one object for every histogram: read for every value
        self.n = 0
        self.lo, self.hi = math.inf, -math.inf
        self.mass = 0.0  # total decayed count
        self.counts = array("d", bytes(8 * bins))  # x scale; all mass in bin 0 while lo == hi
        self.scale = 1.0

    def __deepcopy__(self, memo: dict) -> DecayedHistogram:
        """A copy without the pickle's packing: Bytewax deep-copies every state it snapshots."""
        twin = memo[id(self)] = DecayedHistogram.__new__(DecayedHistogram)
        for name in self.__slots__:
            setattr(twin, name, getattr(self, name))  # numbers, but the counts
        twin.counts = self.counts[:]
        return twin

    def __getstate__(self) -> tuple:
        return (_LAYOUT, self.bins, self.width, self.extension, self.keep, self.seen, self.n, self.lo, self.hi,
                self.mass, self.scale, pack_floats(self.counts, 0.0))

    def __setstate__(self, state: tuple) -> None:
        if type(state) is tuple and len(state) == 12 and state[0] == _LAYOUT:
            _, bins, width, extension, keep, seen, self.n, self.lo, self.hi, self.mass, self.scale, counts = state
            self.bins, self.width, self.extension = shared(bins), shared(width), shared(extension)
            self.keep, self.seen = shared(keep), shared(seen)
            self.counts = unpack_floats(counts, bins, 0.0)
            return
        for name, value in slot_state(state).items():
            setattr(self, name, shared(value) if name in _HYPERPARAMETERS else value)
        if isinstance(self.counts, np.ndarray):  # pickled by a release that kept a numpy array
            self.counts = array("d", self.counts.astype(np.float64).tobytes())

    def surprise(self, x: float) -> float:
        lo = self.lo
        span = self.hi - lo
        if span < _TINY:  # a constant series so far, or nothing learned yet (the span is -inf)
            if self.n == 0:
                return 0.0
            return 0.0 if lo <= x <= self.hi else math.log10(self.mass + 1) + self.extension * (1 / self.width - 1)
        h = self.width * span
        # the mass within x ± h, bins counted by their overlap (uniform within a bin), from
        # bin ia (fa floored, at least 0) to bin ib (fb floored, at most the last); none
        # when the neighbourhood ends before the range or starts after it
        bins = self.bins
        bw = span / bins
        fa = (x - h - lo) / bw
        fb = (x + h - lo) / bw
        if fb < 0.0 or fa >= bins:
            c = 0.0
        else:
            ia = _floor(fa) if fa > 0.0 else 0  # _floor: int() of a number >= 0, cheaper
            ib = _floor(fb) if fb < bins else bins - 1
            counts = self.counts
            if ib - ia == 8:  # the usual neighbourhood (2h spans 8 bins by default): bin_sum of 9, written out
                first, c1, c2, c3, c4, c5, c6, c7, last = counts[ia:ib + 1]
                total = (((first + c1) + (c2 + c3)) + ((c4 + c5) + (c6 + c7))) + last
            else:
                total = bin_sum(counts, ia, ib + 1 - ia)
                first, last = counts[ia], counts[ib]
            if fa > ia:  # the parts of the end bins outside the neighbourhood
                total -= first * (fa - ia)
            if fb < ib + 1:
                total -= last * (ib + 1 - fb)
            c = (0.0 if total < 0.0 else total) / self.scale
        u = _log10((self.mass + 1) / (c + 1))
        if c < self.seen:
            d = self._distance_to_seen(x)
            if d > h:
                u += self.extension * (d - h) / h
        return _MOST if u > _MOST else u

    def add(self, x: float) -> None:
        keep = self.keep
        scale = self.scale / keep
        if scale > _RESCALE:
            self.counts = _from_numpy(_numpy(self.counts) / scale)
            scale = 1.0
        self.scale = scale
        self.mass = self.mass * keep + 1.0
        lo, hi = self.lo, self.hi
        if x < lo or x > hi:  # beyond the range; always so for the first value (lo is inf, hi -inf)
            if self.n == 0:
                self.lo = self.hi = lo = hi = x
            else:
                self._grow(x if x < lo else lo, x if x > hi else hi)
                lo, hi = self.lo, self.hi
        self.n += 1
        if hi - lo < _TINY:
            self.counts[0] += scale
        else:
            bins = self.bins
            k = _floor((x - lo) / (hi - lo) * bins)  # lo <= x: k >= 0
            self.counts[k if k < bins else bins - 1] += scale

    def _distance_to_seen(self, x: float) -> float:
        """Distance from ``x`` to the nearest bin holding at least ``seen``; 0 when none does.

        A bin's distance is ``max(left - x, x - (left + bw), 0)`` with ``left = lo + k * bw``
        (numpy's figures, computed the same way). The first term never falls and the second
        never rises as ``k`` grows, so from the first bin where the first reaches the second
        the distance never falls, and before it never rises: the nearest seen bin is the
        first one at or after that bin, or the last one before it. Two bins are looked at,
        not every bin."""
        counts, bins, lo = self.counts, self.bins, self.lo
        bw = (self.hi - lo) / bins
        least = self.seen * self.scale
        r = (x - lo) / bw  # the turn is near here
        k = 0 if r < 0.0 else bins if r > bins else _floor(r)
        while k > 0 and lo + (k - 1) * bw - x >= x - (lo + (k - 1) * bw + bw):
            k -= 1
        while k < bins and lo + k * bw - x < x - (lo + k * bw + bw):
            k += 1
        best = math.inf
        j = k
        for c in counts[k:]:  # the first seen bin from the turn on (walking a copy: no index per bin)
            if c >= least:
                best = _gap(lo + j * bw, bw, x)
                break
            j += 1
        j = k - 1
        for c in reversed(counts[:k]):  # the last one before it
            if c >= least:
                gap = _gap(lo + j * bw, bw, x)
                if gap < best:
                    best = gap
                break
            j -= 1
        return 0.0 if best == math.inf else best

    def _grow(self, lo: float, hi: float) -> None:
        """Re-bins the counts over the wider range ``[lo, hi]``."""
        old_lo, old_hi = self.lo, self.hi
        self.lo, self.hi = lo, hi
        if _flat(lo, hi):  # still too narrow to bin: all mass stays in bin 0
            return
        counts = _numpy(self.counts)
        if _flat(old_lo, old_hi):  # all earlier mass sits at (about) the one value seen
            mass = float(counts.sum())
            self.counts = array("d", bytes(8 * self.bins))
            k = int((old_lo - lo) / (hi - lo) * self.bins)
            self.counts[min(max(k, 0), self.bins - 1)] = mass
            return
        cum = np.empty(self.bins + 1)
        cum[0] = 0.0
        np.add.accumulate(counts, out=cum[1:])  # np.cumsum, without its wrapper
        at = np.interp(_linspace(lo, hi, self.bins), _linspace(old_lo, old_hi, self.bins), cum)
        self.counts = _from_numpy(at[1:] - at[:-1])


def _gap(left: float, bw: float, x: float) -> float:
    """``max(left - x, x - (left + bw), 0.0)``: how far ``x`` is from the bin at ``left``."""
    return max(left - x, x - (left + bw), 0.0)


_STEPS: dict[int, np.ndarray] = {}


def _linspace(lo: float, hi: float, bins: int) -> np.ndarray:
    """``np.linspace(lo, hi, bins + 1)``, bit for bit (its steps times ``(hi - lo) / bins``
    plus ``lo``, the last one ``hi``), without its generic machinery."""
    steps = _STEPS.get(bins)
    if steps is None:
        steps = _STEPS[bins] = np.arange(bins + 1, dtype=np.float64)
    delta = hi - lo
    step = delta / bins
    if step == 0:  # numpy's way with a subnormal step
        y = steps / bins
        y *= delta
    else:
        y = steps * step
    y += lo
    y[-1] = hi
    return y


def _numpy(counts: array) -> np.ndarray:
    """The counts as a numpy array of float64, numpy's default (a view: no copy)."""
    return np.frombuffer(counts)


def _from_numpy(values: np.ndarray) -> array:
    """``values``, float64, as the counts' array."""
    return array("d", values.tobytes())


def bin_sum(a: array, i: int, n: int) -> float:
    """``a[i:i + n].sum()`` as numpy computes it, bit for bit (its pairwise summation: eight
    running sums over blocks of at most 128 values, halves above that), without a numpy
    call: what a bin lookup costs is mostly that call. ``n >= 1``."""
    if n < 8:
        s = -0.0
        for k in range(i, i + n):
            s += a[k]
        return s
    if n < 16:  # the usual neighbourhood: one block of eight and the rest
        s = ((a[i] + a[i + 1]) + (a[i + 2] + a[i + 3])) + ((a[i + 4] + a[i + 5]) + (a[i + 6] + a[i + 7]))
        for k in range(i + 8, i + n):
            s += a[k]
        return s
    if n <= 128:
        r0, r1, r2, r3, r4, r5, r6, r7 = a[i], a[i + 1], a[i + 2], a[i + 3], a[i + 4], a[i + 5], a[i + 6], a[i + 7]
        end = i + n - n % 8
        for j in range(i + 8, end, 8):
            r0 += a[j]
            r1 += a[j + 1]
            r2 += a[j + 2]
            r3 += a[j + 3]
            r4 += a[j + 4]
            r5 += a[j + 5]
            r6 += a[j + 6]
            r7 += a[j + 7]
        s = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7))
        for k in range(end, i + n):
            s += a[k]
        return s
    half = n // 2
    half -= half % 8
    return bin_sum(a, i, half) + bin_sum(a, i + half, n - half)


def pack_floats(values: array, absent: float) -> bytes:
    """``values`` without those that are bit for bit ``absent``, for a pickle: a bitmap of
    the others (``np.packbits``: a byte per eight values, the first in the high bit), then
    their eight bytes each, in the machine's byte order as ``array.tobytes``. Lossless: any
    other value, ``-0.0`` or another NaN included, is kept as it is.

    >>> packed = pack_floats(array("d", [0.0, 2.5, 0.0, -0.0]), 0.0)
    >>> len(packed), unpack_floats(packed, 4, 0.0).tolist()
    (17, [0.0, 2.5, 0.0, -0.0])
    """
    bits = np.frombuffer(values, dtype=np.uint64)
    kept = bits != _bits(absent)
    return np.packbits(kept).tobytes() + bits[kept].tobytes()


def unpack_floats(packed: bytes, size: int, absent: float) -> array:
    """The ``size`` values :func:`pack_floats` packed, as an ``array('d')``."""
    head = (size + 7) // 8
    kept = np.unpackbits(np.frombuffer(packed, np.uint8, head), count=size).view(np.bool_)
    values = np.full(size, _bits(absent), dtype=np.uint64)
    values[kept] = np.frombuffer(packed, np.uint64, offset=head)
    return array("d", values.tobytes())


def _bits(x: float) -> int:
    """The 64 bits of ``x`` as an unsigned integer (0 for 0.0)."""
    return _UNPACK_BITS(_PACK_FLOAT(x))[0]


_PACK_FLOAT, _UNPACK_BITS = struct.Struct("=d").pack, struct.Struct("=Q").unpack


def _flat(lo: float, hi: float) -> bool:
    """Whether ``[lo, hi]`` is too narrow to bin: differences below 1e-250 are not resolved."""
    return hi - lo < _TINY
