//! [`Source`] for JS values: how the core reads whatever a caller passes, without ever letting a
//! JS exception or a huge value through.

use js_sys::{JsString, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use portin_validator::internal::input::{Shape, Source, Unreadable, MAX_NAME};

#[wasm_bindgen(inline_js = "const ENC = new TextEncoder();
export function encodeInto(s, view) { const r = ENC.encodeInto(s, view); return r.read === s.length ? r.written : -1; }")]
extern "C" {
    /// Writes a JS string's UTF-8 into wasm memory in one native call; the generic string
    /// crossing copies long ASCII text one character at a time in JS, and pasted TN lists are
    /// long ASCII text. Returns the bytes written, or -1 when `view` was too small.
    #[wasm_bindgen(js_name = encodeInto)]
    fn encode_into(s: &JsValue, view: &mut [u8]) -> i32;
}

/// Strings at least this long cross with [`encode_into`].
const LONG_TEXT: u32 = 4096;

thread_local! {
    /// The last long text read: the JS string and its copy. A form validated at each keystroke
    /// hands over the same pasted list every time (the same JS string, while the list is not
    /// edited), and it is given back as a copy of the copy, without encoding and checking its
    /// UTF-8 again: in Chromium that took about 200 µs of a keystroke with 10,000 lines in the
    /// list (bench/schema.mjs). One text at a time, so memory holds at most one list more.
    static LAST_LONG: std::cell::RefCell<Option<(JsValue, String)>> = const { std::cell::RefCell::new(None) };
}

#[wasm_bindgen]
extern "C" {
    /// `Array.isArray`, which throws for a revoked Proxy: imported with `catch`.
    #[wasm_bindgen(js_namespace = Array, js_name = isArray, catch)]
    fn is_array(value: &JsValue) -> Result<bool, JsValue>;
}

#[wasm_bindgen(inline_js = "export function ownKeys(o, max, name) {
  const k = Object.getOwnPropertyNames(o);
  return k.length > max ? null : k.map((s) => (s.length > name ? s.slice(0, name + 1) : s));
}
export function dateIso(v) {
  if (!(v instanceof Date)) return undefined;
  const t = v.getTime();
  return t === t ? v.toISOString() : \"\";
}
export function textList(v, max, len) {
  const n = v.length;
  if (!(n > 0 && n <= max)) return null;
  const out = new Array(n);
  for (let i = 0; i < n; i++) {
    const s = v[i];
    if (typeof s !== \"string\" || s.length > len || s.includes(\"\\n\")) return null;
    out[i] = s;
  }
  return out.join(\"\\n\");
}")]
extern "C" {
    /// An object's own string keys (non-enumerable ones too, as a getter defined with
    /// `Object.defineProperty` is), or `null` when there are more than `max`: only the count
    /// crosses for a huge object. A key over `name` units crosses as its first `name + 1` (the
    /// reader refuses it, and a 10 MiB key is not copied). Imported with `catch`: a Proxy's
    /// `ownKeys` trap may throw.
    #[wasm_bindgen(js_name = ownKeys, catch)]
    fn own_keys(value: &JsValue, max: u32, name: u32) -> Result<JsValue, JsValue>;
    /// A `Date`'s ISO instant (`""` for an invalid date), `undefined` for anything else.
    /// `instanceof` runs no code of the value's own but a Proxy's `getPrototypeOf` trap:
    /// imported with `catch`.
    #[wasm_bindgen(js_name = dateIso, catch)]
    fn date_iso(value: &JsValue) -> Result<JsValue, JsValue>;
    /// A list's entries joined by line feeds, when there are 1 to `max` and every one is text of
    /// at most `len` units without a line feed; `null` otherwise. Imported with `catch`: the
    /// list may be a Proxy or hold getters that throw. (In this block, not one of its own:
    /// wasm-bindgen-test-runner's server was seen to stall now and then when a test page loads
    /// a fifth snippet.)
    #[wasm_bindgen(js_name = textList, catch)]
    fn text_list(value: &JsValue, max: u32, len: u32) -> Result<JsValue, JsValue>;
}

pub struct Js(pub JsValue);

impl Source for Js {
    fn shape(&self) -> Shape {
        let v = &self.0;
        if v.is_undefined() {
            Shape::Missing
        } else if v.is_null() {
            Shape::Null
        } else if v.as_bool().is_some() {
            Shape::Bool
        } else if v.as_f64().is_some() {
            Shape::Number
        } else if v.is_string() {
            Shape::Text
        } else if v.is_function() {
            Shape::Other("a function")
        } else if v.is_symbol() {
            Shape::Other("a symbol")
        } else if v.is_bigint() {
            Shape::Other("a BigInt")
        } else if is_array(v).unwrap_or(false) {
            Shape::List
        } else if v.is_object() {
            Shape::Object
        } else {
            Shape::Other("a value of an unknown kind")
        }
    }

    fn get(&self, key: &str) -> Result<Js, Unreadable> {
        Reflect::get(&self.0, &JsValue::from_str(key)).map(Js).map_err(|_| Unreadable::Threw)
    }

    fn keys(&self, max: u32) -> Result<Vec<String>, Unreadable> {
        let keys = own_keys(&self.0, max, MAX_NAME as u32).map_err(|_| Unreadable::Threw)?;
        if keys.is_null() {
            return Err(Unreadable::TooMany(max));
        }
        Ok(keys.unchecked_into::<js_sys::Array>().iter().filter_map(|k| k.as_string()).collect())
    }

    fn date(&self) -> Option<String> {
        date_iso(&self.0).ok()?.as_string()
    }

    fn items(&self, max: u32) -> Result<Vec<Js>, Unreadable> {
        let len = self.get("length")?.0.as_f64().unwrap_or(0.0);
        if len > f64::from(max) {
            return Err(Unreadable::TooMany(max));
        }
        (0..len as u32).map(|i| Reflect::get_u32(&self.0, i).map(Js).map_err(|_| Unreadable::Threw)).collect()
    }

    fn texts(&self, max: u32, max_len: u32) -> Option<Vec<String>> {
        let joined = text_list(&self.0, max, max_len).ok()?;
        if !joined.is_string() {
            return None;
        }
        let text = Js(joined).text(u32::MAX).ok()?;
        Some(text.split('\n').map(String::from).collect())
    }

    fn text(&self, max: u32) -> Result<String, Unreadable> {
        // Measured before copying, so a 50 MB string is refused without being copied.
        let len = self.0.unchecked_ref::<JsString>().length();
        if len > max {
            return Err(Unreadable::TooLong(max));
        }
        if len < LONG_TEXT {
            return self.0.as_string().ok_or(Unreadable::Threw);
        }
        let kept = LAST_LONG.with(|last| {
            let last = last.try_borrow().ok()?;
            let (js, text) = last.as_ref()?;
            // `Object.is` of two strings: the same string at once, else by length then content.
            js_sys::Object::is(js, &self.0).then(|| text.clone())
        });
        if let Some(text) = kept {
            return Ok(text);
        }
        let text = self.long_text(len)?;
        LAST_LONG.with(|last| {
            if let Ok(mut last) = last.try_borrow_mut() {
                *last = Some((self.0.clone(), text.clone()));
            }
        });
        Ok(text)
    }

    fn number(&self) -> Option<f64> {
        self.0.as_f64()
    }

    fn boolean(&self) -> Option<bool> {
        self.0.as_bool()
    }
}

impl Js {
    /// A string of `len` UTF-16 units (at least [`LONG_TEXT`]) copied with [`encode_into`].
    fn long_text(&self, len: u32) -> Result<String, Unreadable> {
        // ASCII text (what TN lists are) takes one byte per UTF-16 unit; anything else at most
        // three (a surrogate pair, 2 units, takes 4), so a second try always fits. Trying small
        // first spares clearing three times the memory on every keystroke in a long list.
        for per_unit in [1, 3] {
            let mut bytes = vec![0u8; len as usize * per_unit];
            if let Ok(written) = usize::try_from(encode_into(&self.0, &mut bytes)) {
                bytes.truncate(written);
                return String::from_utf8(bytes).map_err(|_| Unreadable::Threw);
            }
        }
        Err(Unreadable::Threw)
    }
}
