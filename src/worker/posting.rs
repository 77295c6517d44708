//! How a message crosses between the page and the worker ([`super::messages`]): an array of its
//! text and, when it carries bytes, an array of them whose buffer is handed over, not copied.

use super::messages::{decode, encode, Message};
use js_sys::{Array, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};

/// What to post for `message`, and the buffers to hand over with it.
pub fn outgoing<M: Message>(message: &M) -> (JsValue, Array) {
    let (text, bytes) = encode(message);
    let posted = Array::of1(&JsValue::from(text));
    let handed_over = Array::new();
    if let Some(bytes) = bytes {
        let carried = Uint8Array::from(bytes);
        handed_over.push(&carried.buffer());
        posted.push(&carried);
    }
    (posted.into(), handed_over)
}

/// The message posted as `data`; `None` if it is not one of this build's messages.
///
/// The bytes are wiped where they came, once copied: a plaintext must not stay behind in the
/// browser's memory, where nothing would ever clear it.
pub fn incoming<M: Message>(data: JsValue) -> Option<M> {
    let posted: Array = data.dyn_into().ok()?;
    let text = posted.get(0).as_string()?;
    let bytes = posted.get(1).dyn_into::<Uint8Array>().ok().map(|carried| {
        let bytes = carried.to_vec();
        carried.fill(0, 0, carried.length());
        bytes
    });
    decode(&text, bytes).ok()
}
