//! The auditor's statement a final report carries (tilintarkastajan lausunto, docs/rules.md §11.6):
//! a PDF in the report's file, as base64 with its size and SHA-256, refused above the call's limit
//! (`GrantPhase::max_statement_bytes`, 5 MiB for the joint call). [`attach`] makes one from the
//! file's bytes; [`verify`] checks one read back (its content is what its size and checksum say).

use crate::domain::grant::finding::Message;
use crate::domain::grant::model::Attachment;
use crate::domain::vocabulary::grant_phase::GrantPhase;
use sha2::{Digest, Sha256};

/// The media type a statement must have.
pub const PDF: &str = "application/pdf";

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Not a base64 digit, in [`DECODE`].
const INVALID: u8 = 0xff;

/// Each byte's value as a base64 digit ([`INVALID`] for a byte that is not one): one look-up per
/// byte of up to 5 MiB, not a search of the alphabet.
const DECODE: [u8; 256] = {
    let mut table = [INVALID; 256];
    let mut i = 0;
    while i < ALPHABET.len() {
        table[ALPHABET[i] as usize] = i as u8;
        i += 1;
    }
    table
};

/// Base64 (RFC 4648, standard alphabet, padded).
pub fn base64_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[(n >> (18 - 6 * i) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// Reads base64 as [`base64_encode`] writes it; `None` for anything else.
pub fn base64_decode(text: &str) -> Option<Vec<u8>> {
    let t = text.as_bytes();
    if !t.len().is_multiple_of(4) {
        return None;
    }
    let value = |c: u8| match DECODE[usize::from(c)] {
        INVALID => None,
        v => Some(u32::from(v)),
    };
    let mut out = Vec::with_capacity(t.len() / 4 * 3);
    for (i, quad) in t.chunks(4).enumerate() {
        let last = i == t.len() / 4 - 1;
        let pad = quad.iter().rev().take_while(|&&c| c == b'=').count();
        if pad > 2 || (pad > 0 && !last) {
            return None;
        }
        let mut n = 0u32;
        for &c in &quad[..4 - pad] {
            n = (n << 6) | value(c)?;
        }
        n <<= 6 * pad as u32;
        let bytes = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
        out.extend_from_slice(&bytes[..3 - pad]);
    }
    Some(out)
}

/// Lowercase hex SHA-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

/// The statement of a file's bytes, or why it is refused (too large, not a PDF). `size` is checked
/// first so that the page can refuse a large file before reading it ([`too_large`]).
pub fn attach(name: &str, media_type: &str, bytes: &[u8], phase: &GrantPhase) -> Result<Attachment, Message> {
    let size = bytes.len() as u64;
    too_large(size, phase)?;
    if media_type != PDF || !bytes.starts_with(b"%PDF-") {
        return Err(Message::StatementNotPdf {
            media_type: media_type.into(),
        });
    }
    Ok(Attachment {
        name: name.into(),
        media_type: media_type.into(),
        size,
        sha256: sha256_hex(bytes),
        base64: base64_encode(bytes),
    })
}

/// A file of `size` bytes is above the call's limit.
pub fn too_large(size: u64, phase: &GrantPhase) -> Result<(), Message> {
    if size > phase.max_statement_bytes {
        return Err(Message::StatementTooLarge {
            size,
            limit: phase.max_statement_bytes,
        });
    }
    Ok(())
}

/// What the review checks of a statement on every change: there, within the limit by its stated
/// size, and a PDF by its media type. Its content is read once where the bytes come in — [`attach`]
/// and the final report file's reader ([`verify`]) — not on every keystroke of the report's page.
pub fn check(a: &Attachment, phase: &GrantPhase) -> Result<(), Message> {
    too_large(a.size, phase)?;
    if a.media_type != PDF {
        return Err(Message::StatementNotPdf {
            media_type: a.media_type.clone(),
        });
    }
    Ok(())
}

/// A statement read back: within the limit, a PDF, and its content what its size and checksum say.
pub fn verify(a: &Attachment, phase: &GrantPhase) -> Result<(), Message> {
    too_large(a.size, phase)?;
    let bytes = base64_decode(&a.base64).ok_or(Message::StatementDamaged)?;
    too_large(bytes.len() as u64, phase)?;
    if a.media_type != PDF || !bytes.starts_with(b"%PDF-") {
        return Err(Message::StatementNotPdf {
            media_type: a.media_type.clone(),
        });
    }
    if bytes.len() as u64 != a.size || sha256_hex(&bytes) != a.sha256 {
        return Err(Message::StatementDamaged);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::vocabulary::{call, grant_phase};

    #[test]
    fn base64_is_rfc_4648() {
        for (plain, coded) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64_encode(plain.as_bytes()), coded);
            assert_eq!(base64_decode(coded).unwrap(), plain.as_bytes());
        }
        assert_eq!(base64_decode("Zg="), None);
        assert_eq!(base64_decode("Zg==Zm8="), None);
        assert_eq!(base64_decode("Z!=="), None);
        let all: Vec<u8> = (0..=255).collect();
        assert_eq!(base64_decode(&base64_encode(&all)).unwrap(), all);
        // Every byte outside the alphabet is refused, wherever it stands.
        for b in (0..=255u8).filter(|b| !ALPHABET.contains(b) && *b != b'=') {
            let text = format!("Zm{}v", char::from(b));
            if text.len() == 4 {
                assert_eq!(base64_decode(&text), None, "{b}");
            }
        }
    }

    #[test]
    fn a_pdf_within_the_limit_is_carried_whole_and_anything_else_refused() {
        let phase = grant_phase::for_call(call::DEFAULT_CALL).unwrap();
        let pdf = b"%PDF-1.7\nlausunto\n%%EOF\n";
        let a = attach("lausunto.pdf", PDF, pdf, phase).unwrap();
        assert_eq!(a.size, pdf.len() as u64);
        assert_eq!(a.sha256.len(), 64);
        assert_eq!(verify(&a, phase), Ok(()));
        let mut damaged = a.clone();
        damaged.base64 = base64_encode(b"%PDF-1.7\nmuutettu\n%%EOF\n");
        assert_eq!(verify(&damaged, phase), Err(Message::StatementDamaged));
        assert!(matches!(
            attach("x.docx", "application/msword", pdf, phase),
            Err(Message::StatementNotPdf { .. })
        ));
        // The review's check reads no content: a damaged one passes it (the reader refuses it).
        assert_eq!(check(&damaged, phase), Ok(()));
        let mut word = a.clone();
        word.media_type = "application/msword".into();
        assert!(matches!(check(&word, phase), Err(Message::StatementNotPdf { .. })));
        let limit = phase.max_statement_bytes;
        let mut large = a.clone();
        large.size = limit + 1;
        assert_eq!(
            check(&large, phase),
            Err(Message::StatementTooLarge { size: limit + 1, limit })
        );
        assert_eq!(too_large(limit, phase), Ok(()));
        assert_eq!(
            too_large(limit + 1, phase),
            Err(Message::StatementTooLarge { size: limit + 1, limit })
        );
    }
}
