//! The order of items (notes, cards, versions, legend entries) as a number `z` per item.
//!
//! A change of order rewrites the `z` of as few items as it can: those of a longest run that
//! is already in order keep theirs, the others get one between their neighbours. So "bring
//! to front" writes one number, and two people reordering different items merge.

/// The smallest gap left between two neighbours before the whole list is renumbered.
const MIN_GAP: f64 = 1e-9;

/// The `z` to write for each item so that sorting by `z` gives the wanted order.
///
/// `current[i]` is the `z` the `i`-th item of the wanted order has now (`None` for a new
/// item, or one whose `z` is unusable). Returns `Some(z)` for the items to write and `None`
/// for those that keep theirs; every new item gets a `Some`.
pub(crate) fn plan(current: &[Option<f64>]) -> Vec<Option<f64>> {
    let current: Vec<Option<f64>> = current
        .iter()
        .map(|z| z.filter(|z| z.is_finite()))
        .collect();
    let keep = longest_increasing(&current);
    let mut out = vec![None; current.len()];
    let mut lo: Option<f64> = None;
    let mut i = 0;
    while i < current.len() {
        if keep[i] {
            lo = current[i];
            i += 1;
            continue;
        }
        let start = i;
        while i < current.len() && !keep[i] {
            i += 1;
        }
        let hi = current.get(i).copied().flatten();
        let count = (i - start) as f64;
        for (k, slot) in out[start..i].iter_mut().enumerate() {
            let k = k as f64 + 1.0;
            *slot = Some(match (lo, hi) {
                (Some(l), Some(h)) => l + (h - l) * k / (count + 1.0),
                (Some(l), None) => l + k,
                (None, Some(h)) => h - (count + 1.0 - k),
                (None, None) => k,
            });
        }
    }
    let increasing = out
        .iter()
        .zip(&current)
        .map(|(new, old)| new.or(*old).unwrap_or(f64::NAN))
        .collect::<Vec<f64>>()
        .windows(2)
        .all(|w| w[1] - w[0] >= MIN_GAP);
    if increasing { out } else { renumber(&current) }
}

/// `z` = 1, 2, 3 … for every item, written where it differs.
fn renumber(current: &[Option<f64>]) -> Vec<Option<f64>> {
    current
        .iter()
        .enumerate()
        .map(|(i, old)| {
            let z = (i + 1) as f64;
            (*old != Some(z)).then_some(z)
        })
        .collect()
}

/// Which items keep their `z`: a longest strictly increasing run of the known ones
/// (patience sorting, O(n log n)).
pub(crate) fn longest_increasing(zs: &[Option<f64>]) -> Vec<bool> {
    // tails[k]: the item ending the best run of length k + 1 found so far, and its z.
    let mut tails: Vec<(usize, f64)> = Vec::new();
    let mut prev: Vec<Option<usize>> = vec![None; zs.len()];
    for (i, z) in zs.iter().enumerate() {
        let Some(z) = *z else { continue };
        let pos = tails.partition_point(|&(_, t)| t < z);
        prev[i] = pos.checked_sub(1).map(|p| tails[p].0);
        if pos == tails.len() {
            tails.push((i, z));
        } else {
            tails[pos] = (i, z);
        }
    }
    let mut keep = vec![false; zs.len()];
    let mut cur = tails.last().map(|&(i, _)| i);
    while let Some(i) = cur {
        keep[i] = true;
        cur = prev[i];
    }
    keep
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The order the planned zs give, as indices into `current`.
    fn result(current: &[Option<f64>], plan: &[Option<f64>]) -> Vec<f64> {
        plan.iter()
            .zip(current)
            .map(|(p, c)| p.or(*c).unwrap())
            .collect()
    }

    fn strictly_increasing(z: &[f64]) -> bool {
        z.windows(2).all(|w| w[0] < w[1])
    }

    #[test]
    fn bring_to_front_writes_one_number() {
        // Item with z 1 moved to the end.
        let current = [Some(2.0), Some(3.0), Some(4.0), Some(1.0)];
        let p = plan(&current);
        assert_eq!(p, vec![None, None, None, Some(5.0)]);
    }

    #[test]
    fn an_insertion_in_the_middle_goes_between_its_neighbours() {
        let current = [Some(1.0), None, Some(2.0)];
        assert_eq!(plan(&current), vec![None, Some(1.5), None]);
        let appended = [Some(1.0), Some(2.0), None, None];
        assert_eq!(plan(&appended), vec![None, None, Some(3.0), Some(4.0)]);
        let first = [None, Some(5.0)];
        assert_eq!(plan(&first), vec![Some(4.0), None]);
        assert_eq!(plan(&[None, None]), vec![Some(1.0), Some(2.0)]);
    }

    #[test]
    fn ties_and_unusable_numbers_are_replaced() {
        let current = [Some(1.0), Some(1.0), Some(f64::NAN), Some(f64::INFINITY)];
        let p = plan(&current);
        assert!(strictly_increasing(&result(&current, &p)), "{p:?}");
        assert_eq!(
            p[..2].iter().filter(|z| z.is_none()).count(),
            1,
            "one of the tied items keeps its z: {p:?}"
        );
    }

    #[test]
    fn many_insertions_into_one_gap_renumber_instead_of_colliding() {
        // Insert again and again right after the first item.
        let mut zs = vec![1.0, 2.0];
        for _ in 0..200 {
            let mut current: Vec<Option<f64>> = zs.iter().copied().map(Some).collect();
            current.insert(1, None);
            let p = plan(&current);
            zs = result(&current, &p);
            assert!(strictly_increasing(&zs), "{zs:?}");
        }
        assert_eq!(zs.len(), 202);
    }

    #[test]
    fn a_reversal_keeps_one_and_moves_the_rest() {
        let current: Vec<Option<f64>> = (1..=6).rev().map(|z| Some(f64::from(z))).collect();
        let p = plan(&current);
        assert!(strictly_increasing(&result(&current, &p)));
        assert_eq!(p.iter().filter(|z| z.is_none()).count(), 1);
    }
}
