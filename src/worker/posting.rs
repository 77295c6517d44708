//! How a message crosses between the page and the worker ([`super::messages`]): an array of the
//! message written out and, when it carries bytes, of those bytes, each in a buffer handed over,
//! not copied.

use super::messages::{decode, encode, Message};
use js_sys::{Array, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};

/// What to post for `message`, and the buffers to hand over with it.
pub fn outgoing<M: Message>(message: &M) -> (JsValue, Array) {
    let (written, bytes) = encode(message);
    let (posted, handed_over) = (Array::new(), Array::new());
    for part in std::iter::once(&written[..]).chain(bytes) {
        let part = Uint8Array::from(part);
        handed_over.push(&part.buffer());
        posted.push(&part);
    }
    (posted.into(), handed_over)
}

/// The message posted as `data`; `None` if it is not one of this build's messages.
///
/// The bytes are wiped where they came, once copied: a plaintext must not stay behind in the
/// browser's memory, where nothing would ever clear it.
pub fn incoming<M: Message>(data: JsValue) -> Option<M> {
    let posted: Array = data.dyn_into().ok()?;
    let written = posted.get(0).dyn_into::<Uint8Array>().ok()?.to_vec();
    let bytes = posted.get(1).dyn_into::<Uint8Array>().ok().map(|carried| {
        let bytes = carried.to_vec();
        carried.fill(0, 0, carried.length());
        bytes
    });
    decode(&written, bytes).ok()
}
