#!/usr/bin/env python3
"""Writes the committed seed corpora in fuzz/seeds/<target>/ (run from anywhere; deterministic).

Real PDFs come from ../shared/corpus/dev/pdf; the malformed ones are built here from a small
hand-written PDF and from a real one: truncated, bytes flipped, broken xref, no %%EOF, an
encryption dictionary, xref sections that loop, a page tree that loops, deep nesting, a huge image.
The text seeds (detector, registration JSON, rules and diary.toml) come from assets/ and the spec.
"""
import json
import random
import shutil
import subprocess
from pathlib import Path

FUZZ = Path(__file__).resolve().parent
ROOT = FUZZ.parent
SHARED = ROOT.parent / "shared"
SEEDS = FUZZ / "seeds"
REAL_PDFS = ["d026.pdf", "d008.pdf", "d042.pdf", "d002.pdf", "d018.pdf"]


def write(target, name, data):
    d = SEEDS / target
    d.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    (d / name).write_bytes(data)


def pdf(objects, trailer_extra=b"", xref=True, eof=True, startxref_delta=0):
    """A classic PDF: objects numbered from 1, an xref table and a trailer with /Root 1 0 R."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    start = len(out)
    if xref:
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
        for o in offsets:
            out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R " % (len(objects) + 1) + trailer_extra + b">>\n"
    out += b"startxref\n%d\n" % (start + startxref_delta)
    if eof:
        out += b"%%EOF\n"
    return bytes(out)


def stream(content, extra=b""):
    return b"<< /Length %d " % len(content) + extra + b">>\nstream\n" + content + b"\nendstream"


def text_page_objects(lines):
    """Catalog, pages, one page with Helvetica text drawn line by line (WinAnsi bytes)."""
    ops = [b"BT /F1 11 Tf 14 TL 56 780 Td"]
    for line in lines:
        ops.append(b"(" + line.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b") Tj T*")
    ops.append(b"ET")
    content = b"\n".join(ops)
    return [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        stream(content),
    ]


LINES = [
    "Sökande: Åsa Öberg, Storgatan 12 B, 831 30 Östersund",
    "Personnummer 19121212-1212, tel 070-123 45 67, asa.oberg@example.se",
    "Patienten har behandlats för diabetes inom hälso-",
    "och sjukvården. Anna-",
    "Karin Lindqvist skrev ett yttrande om omsorgs-",
    "behovet. Ett mjukt av\xadstavat ord, konto 8327-9 123 456 789-0, ABC 123.",
]


def extract_seeds():
    for name in REAL_PDFS:
        shutil.copyfile(SHARED / "corpus/dev/pdf" / name, SEEDS / "extract" / f"real-{name}")
    base = pdf(text_page_objects(LINES))
    write("extract", "small-text.pdf", base)
    real = (SHARED / "corpus/dev/pdf" / REAL_PDFS[0]).read_bytes()
    write("extract", "truncated-half.pdf", real[: len(real) // 2])
    write("extract", "truncated-small.pdf", base[: len(base) * 2 // 3])
    rnd = random.Random(13)
    flipped = bytearray(real)
    for _ in range(len(flipped) // 200):
        i = rnd.randrange(16, len(flipped))
        flipped[i] ^= 1 << rnd.randrange(8)
    write("extract", "bytes-flipped.pdf", bytes(flipped))
    flipped = bytearray(base)
    for _ in range(12):
        i = rnd.randrange(16, len(flipped))
        flipped[i] ^= 1 << rnd.randrange(8)
    write("extract", "bytes-flipped-small.pdf", bytes(flipped))
    broken = bytearray(base)
    x = broken.index(b"xref\n")
    for k in range(3):  # shift every listed offset
        line = broken.index(b" 00000 n", x) - 10
        broken[line : line + 10] = b"%010d" % (7 + 31 * k)
        x = line + 20
    write("extract", "broken-xref.pdf", bytes(broken))
    write("extract", "no-xref.pdf", pdf(text_page_objects(LINES), xref=False))
    write("extract", "bad-startxref.pdf", pdf(text_page_objects(LINES), startxref_delta=-40))
    write("extract", "no-eof.pdf", pdf(text_page_objects(LINES), eof=False))
    objs = text_page_objects(LINES) + [
        b"<< /Filter /Standard /V 2 /R 3 /Length 128 /P -3904 "
        b"/O <6b1e8f1a2c3d4e5f60718293a4b5c6d7e8f9a0b1c2d3e4f5061728394a5b6c7d> "
        b"/U <00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff> >>"
    ]
    write("extract", "encrypted.pdf", pdf(objs, trailer_extra=b"/Encrypt 6 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>] "))
    # An incremental update whose /Prev points back at itself: the xref chain loops.
    loop = bytearray(base)
    loop += b"xref\n0 1\n0000000000 65535 f \ntrailer\n<< /Size 6 /Root 1 0 R /Prev %d >>\n" % len(loop)
    loop += b"startxref\n%d\n%%%%EOF\n" % (len(base))
    write("extract", "xref-loop-self.pdf", bytes(loop))
    # Two update sections whose /Prev point at each other (numbers padded so offsets are known).
    a = len(base)
    sec = b"xref\n0 1\n0000000000 65535 f \ntrailer\n<< /Size 6 /Root 1 0 R /Prev %010d >>\n"
    b = a + len(sec % 0)
    two = base + sec % b + sec % a + b"startxref\n%d\n%%%%EOF\n" % b
    write("extract", "xref-loop-two.pdf", two)
    # A page tree whose Kids point back at the root.
    objs = text_page_objects(LINES)
    objs[1] = b"<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 2 >>"
    write("extract", "page-tree-loop.pdf", pdf(objs))
    # Deeply nested arrays in the page dictionary and in the content stream.
    objs = text_page_objects(LINES)
    objs[2] = objs[2][:-2] + b"/Deep " + b"[" * 3000 + b"]" * 3000 + b" >>"
    objs[4] = stream(b"q " * 2000 + b"BT /F1 11 Tf 56 780 Td (Djup) Tj ET " + b"Q " * 2000)
    write("extract", "deep-nesting.pdf", pdf(objs))
    # A huge image: 60000 x 60000 pixels declared, 16 bytes given.
    objs = text_page_objects(LINES)
    objs[2] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> "
               b"/XObject << /Im1 6 0 R >> >> /Contents 5 0 R >>")
    objs[4] = stream(b"q 500 0 0 500 50 50 cm /Im1 Do Q BT /F1 11 Tf 56 780 Td (Bild) Tj ET")
    objs.append(stream(b"\x00" * 16, b"/Type /XObject /Subtype /Image /Width 60000 /Height 60000 /ColorSpace /DeviceRGB /BitsPerComponent 8 "))
    write("extract", "huge-image.pdf", pdf(objs))
    # Many empty pages.
    n = 300
    kids = b" ".join(b"%d 0 R" % (3 + i) for i in range(n))
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % n]
    objs += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"] * n
    write("extract", "many-empty-pages.pdf", pdf(objs))
    write("extract", "not-a-pdf.pdf", "Det här är ingen PDF, bara text med fel filändelse.\n")
    write("extract", "header-only.pdf", b"%PDF-1.7\n")


DETECT = [
    "Sökande: Åsa Öberg, Storgatan 12 B, 831 30 Östersund, tel 070-123 45 67.",
    "Personnummer 19121212-1212 och samordningsnummer 701063-2391. Mejla anna.svensson@regionen.se.",
    "Jag har haft depression sedan 2019 och behandlas på psykiatrin. /Karl-Erik Johansson",
    "Vård för personer med demens är en prioriterad fråga i verksamhetens handlingsplan.",
    "Patienten, född 1985, bor c/o Lindqvist, Björkvägen 3, 123 45 Stad. Bankgiro 5050-1055, IBAN SE45 5000 0000 0583 9825 7466.",
    "Fakturanummer 197001011234 avser bilen ABC 123 som ägs av Mohammed Ali.",
    "hälso- och sjukvården\nAnna-\nKarin skrev om omsorgs\u00adbehovet för flickan.",
]


def detect_seeds():
    for i, t in enumerate(DETECT):
        write("detect", f"text-{i}.txt", t)
    for name in REAL_PDFS[:3]:
        txt = subprocess.run(["pdftotext", "-layout", str(SHARED / "corpus/dev/pdf" / name), "-"],
                             capture_output=True, check=True).stdout
        write("detect", f"pdftotext-{name}.txt", txt[:4000].decode("utf-8", "ignore"))


RECORD = {
    "case": {
        "number": "RS/399/2021", "title": "Rutin för publicering i webbdiariet", "public_title": None,
        "description": "Beslut om rutin.", "case_type": "Allmänt ärende", "counterpart": "Sekretariatet",
        "status": "Pågående", "registered": "2021-06-01", "publish_date": "2021-06-02",
        "officer": "Åsa Öberg", "unit": "Sekretariatet", "secrecy": None, "personal_data": False,
    },
    "documents": [{
        "number": "RS/399/2021:1", "title": "Rutin", "public_title": None, "direction": "incoming",
        "date": "2021-06-01", "counterpart": "Anna Svensson, 19121212-1212", "document_type": "Skrivelse",
        "secrecy": None, "personal_data": False,
        "file": {"name": "rutin.pdf", "sha256": "0" * 64}, "publish_file": True,
    }],
}


def json_seeds():
    write("import_json", "one.json", json.dumps(RECORD, ensure_ascii=False, indent=1))
    secret = json.loads(json.dumps(RECORD))
    secret["case"].update(number="SN/12/2024", case_type="Orosanmälan", secrecy={"reference": "OSL 26 kap. 1 §"},
                          personal_data=True, title="Orosanmälan gällande barn 19121212-1212")
    secret["documents"][0].update(number="SN/12/2024:1", direction="outgoing", document_type="Protokollsutdrag", file=None)
    write("import_json", "array.json", json.dumps([RECORD, secret], ensure_ascii=False))
    minimal = {"case": {k: RECORD["case"][k] for k in ("title", "case_type", "status", "registered")}}
    write("import_json", "minimal.json", json.dumps(minimal, ensure_ascii=False))
    write("import_json", "bad-date.json", json.dumps(RECORD, ensure_ascii=False).replace("2021-06-02", "2021-13-40"))
    write("import_json", "truncated.json", json.dumps(RECORD, ensure_ascii=False)[:200])


def toml_seeds():
    rules = (ROOT / "assets/rules.toml").read_text()
    diary = (ROOT / "assets/diary.toml").read_text()
    write("rules", "rules.toml", rules)
    write("rules", "diary.toml", diary)
    write("rules", "rules-unknown-field.toml", rules.replace("auto_publish_document_types", "auto_publish", 1))
    write("rules", "rules-missing-audience.toml", rules.split("[audiences.internal]")[0])
    write("rules", "diary-lowercase-series.toml", diary.replace('code = "', 'code = "x', 1))
    write("rules", "broken.toml", rules[: len(rules) // 2] + "\n[[[\n")


if __name__ == "__main__":
    shutil.rmtree(SEEDS, ignore_errors=True)
    (SEEDS / "extract").mkdir(parents=True)
    extract_seeds()
    detect_seeds()
    json_seeds()
    toml_seeds()
    for d in sorted(SEEDS.iterdir()):
        files = list(d.iterdir())
        print(f"{d.name}: {len(files)} files, {sum(f.stat().st_size for f in files)} bytes")
