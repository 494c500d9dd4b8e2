//! A small process-wide cache of values that are costly to build and immutable once built.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::{Mutex, OnceLock, PoisonError};

/// How many values a cache keeps. Keys are locales and catalogue sources, a handful per process;
/// the bound only keeps data with many made-up locales from growing it without end.
const CAPACITY: usize = 64;

/// Values by key, filled on first use.
pub(crate) struct Memo<K, V>(OnceLock<Mutex<HashMap<K, V>>>);

impl<K, V> Memo<K, V> {
    pub(crate) const fn new() -> Self {
        Self(OnceLock::new())
    }
}

/// The value for `key`, built by `build` the first time and cloned afterwards. The lock is not
/// held while building, so two threads may build the same value; the first one kept wins.
/// Errors are not kept: they are rare and cheap, and a caller gets the same one again.
pub(crate) fn shared<K: Hash + Eq, V: Clone, E>(
    memo: &Memo<K, V>,
    key: K,
    build: impl FnOnce() -> Result<V, E>,
) -> Result<V, E> {
    let map = memo.0.get_or_init(|| Mutex::new(HashMap::new()));
    // A panic while the lock is held cannot leave the map half-updated: insert is one step.
    if let Some(value) = map.lock().unwrap_or_else(PoisonError::into_inner).get(&key) {
        return Ok(value.clone());
    }
    let value = build()?;
    let mut map = map.lock().unwrap_or_else(PoisonError::into_inner);
    if map.len() < CAPACITY { Ok(map.entry(key).or_insert(value).clone()) } else { Ok(value) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_once_per_key_and_never_keeps_errors() {
        static MEMO: Memo<u32, String> = Memo::new();
        let mut builds = 0;
        for _ in 0..3 {
            let value: Result<_, ()> = shared(&MEMO, 1, || {
                builds += 1;
                Ok("one".to_owned())
            });
            assert_eq!(value.as_deref(), Ok("one"));
        }
        assert_eq!(builds, 1);
        for _ in 0..2 {
            assert_eq!(shared(&MEMO, 2, || Err::<String, _>("refused")), Err("refused"));
        }
        assert_eq!(shared(&MEMO, 2, || Ok::<_, ()>("two".to_owned())).as_deref(), Ok("two"));
    }

    #[test]
    fn stops_keeping_values_at_capacity() {
        static MEMO: Memo<usize, usize> = Memo::new();
        for key in 0..CAPACITY + 10 {
            assert_eq!(shared(&MEMO, key, || Ok::<_, ()>(key)), Ok(key));
        }
        let kept = MEMO.0.get().expect("filled").lock().expect("unpoisoned").len();
        assert_eq!(kept, CAPACITY);
    }
}
