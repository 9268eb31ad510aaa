//! What the two learned voters (`ner/`, the name tagger, and `clause/`, the clause classifier) share:
//! an averaged perceptron's lazily averaged weights, the fixed-seed shuffle that makes training
//! reproducible, and the sparse file of 16-bit weights they ship in (`data/ner.bin`, `data/clause.bin`).

/// Weights of an averaged perceptron, averaged lazily: a weight's running total is brought up to
/// date only when it changes (and once at the end), so an update costs the features it touches.
pub(crate) struct Averaged {
    pub w: Vec<f32>,
    tot: Vec<f64>,
    ts: Vec<u32>,
    /// The number of examples seen so far; the caller counts one before each example.
    pub t: u32,
}

impl Averaged {
    pub fn new(n: usize) -> Self {
        Averaged { w: vec![0.0; n], tot: vec![0.0; n], ts: vec![0; n], t: 0 }
    }
    pub fn upd(&mut self, idx: usize, d: f32) {
        self.tot[idx] += (self.t - self.ts[idx]) as f64 * self.w[idx] as f64;
        self.ts[idx] = self.t;
        self.w[idx] += d;
    }
    /// The weights averaged over every example seen.
    pub fn finish(mut self) -> Vec<f32> {
        for i in 0..self.w.len() {
            self.tot[i] += (self.t - self.ts[i]) as f64 * self.w[i] as f64;
        }
        let t = self.t.max(1) as f64;
        self.tot.iter().map(|v| (v / t) as f32).collect()
    }
}

/// Xorshift: the same training order on every run for a given seed.
pub(crate) struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    /// Fisher–Yates shuffle of `order`.
    pub fn shuffle(&mut self, order: &mut [usize]) {
        for i in (1..order.len()).rev() {
            let j = (self.next() % (i as u64 + 1)) as usize;
            order.swap(i, j);
        }
    }
}

/// Averaged weights to 16 bits, `scale` units per perceptron unit.
pub(crate) fn quantise(w: &[f32], scale: f32) -> Vec<i16> {
    w.iter().map(|v| (v * scale).round().clamp(-32767.0, 32767.0) as i16).collect()
}

/// The sparse file: a four-byte `magic`, then a little-endian (u32 index, i16 weight) pair for every
/// weight that is not zero.
pub(crate) fn to_sparse(magic: &[u8; 4], q: &[i16]) -> Vec<u8> {
    let mut out = magic.to_vec();
    for (i, v) in q.iter().enumerate() {
        if *v != 0 {
            out.extend_from_slice(&(i as u32).to_le_bytes());
            out.extend_from_slice(&v.to_le_bytes());
        }
    }
    out
}

/// Reads [`to_sparse`]'s file into `len` weights; `None` when the magic, the length or an index is wrong.
pub(crate) fn from_sparse(b: &[u8], magic: &[u8; 4], len: usize) -> Option<Vec<i16>> {
    let body = b.strip_prefix(magic.as_slice())?;
    if body.len() % 6 != 0 {
        return None;
    }
    let mut w = vec![0i16; len];
    for c in body.chunks_exact(6) {
        let i = u32::from_le_bytes([c[0], c[1], c[2], c[3]]) as usize;
        *w.get_mut(i)? = i16::from_le_bytes([c[4], c[5]]);
    }
    Some(w)
}
