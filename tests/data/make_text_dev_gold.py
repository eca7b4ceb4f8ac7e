#!/usr/bin/env python3
"""Write ``text_dev_gold.json`` from ``text_dev_spec.py`` and the local texts.

Usage: ``python tests/data/make_text_dev_gold.py [TEXTS_DIR] [--heldout | --heldout2 | ... | --heldoutN]`` (default: ``devtexts/`` at
the repository root, else ``../devtexts``; ``--heldout``: the held-out set, texts in ``devtexts/heldout``,
written to ``text_heldout_gold.json``; ``--heldout2``: the second held-out set, ``devtexts/heldout2`` →
``text_heldout2_gold.json``; ``--heldout3`` to ``--heldout12`` likewise; ``--heldout13``: the blind set, annotated without running the
extractor, ``devtexts/heldout13`` → ``text_heldout13_gold.json``; ``--heldout14``: the second blind set, likewise,
``devtexts/heldout14`` → ``text_heldout14_gold.json``; ``--heldout15``: the third blind set, likewise,
``devtexts/heldout15`` → ``text_heldout15_gold.json``; ``--heldout16``: the fourth blind set, likewise,
``devtexts/heldout16`` → ``text_heldout16_gold.json``; ``--heldout17`` to ``--heldout136``: the fifth to hundred-and-twenty-fourth
blind sets, likewise). Every mention surface must occur in its text; the
script fails loudly otherwise, so a spec typo cannot silently drop a mention.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import text_dev_spec  # noqa: E402
import text_heldout2_spec  # noqa: E402
import text_heldout3_spec  # noqa: E402
import text_heldout4_spec  # noqa: E402
import text_heldout5_spec  # noqa: E402
import text_heldout6_spec  # noqa: E402
import text_heldout7_spec  # noqa: E402
import text_heldout8_spec  # noqa: E402
import text_heldout9_spec  # noqa: E402
import text_heldout10_spec  # noqa: E402
import text_heldout11_spec  # noqa: E402
import text_heldout12_spec  # noqa: E402
import text_heldout13_spec  # noqa: E402
import text_heldout14_spec  # noqa: E402
import text_heldout15_spec  # noqa: E402
import text_heldout16_spec  # noqa: E402
import text_heldout17_spec  # noqa: E402
import text_heldout18_spec  # noqa: E402
import text_heldout19_spec  # noqa: E402
import text_heldout20_spec  # noqa: E402
import text_heldout21_spec  # noqa: E402
import text_heldout22_spec  # noqa: E402
import text_heldout23_spec  # noqa: E402
import text_heldout24_spec  # noqa: E402
import text_heldout25_spec  # noqa: E402
import text_heldout26_spec  # noqa: E402
import text_heldout27_spec  # noqa: E402
import text_heldout28_spec  # noqa: E402
import text_heldout29_spec  # noqa: E402
import text_heldout30_spec  # noqa: E402
import text_heldout31_spec  # noqa: E402
import text_heldout32_spec  # noqa: E402
import text_heldout33_spec  # noqa: E402
import text_heldout34_spec  # noqa: E402
import text_heldout35_spec  # noqa: E402
import text_heldout36_spec  # noqa: E402
import text_heldout37_spec  # noqa: E402
import text_heldout38_spec  # noqa: E402
import text_heldout39_spec  # noqa: E402
import text_heldout40_spec  # noqa: E402
import text_heldout41_spec  # noqa: E402
import text_heldout42_spec  # noqa: E402
import text_heldout43_spec  # noqa: E402
import text_heldout44_spec  # noqa: E402
import text_heldout45_spec  # noqa: E402
import text_heldout46_spec  # noqa: E402
import text_heldout47_spec  # noqa: E402
import text_heldout48_spec  # noqa: E402
import text_heldout49_spec  # noqa: E402
import text_heldout50_spec  # noqa: E402
import text_heldout51_spec  # noqa: E402
import text_heldout52_spec  # noqa: E402
import text_heldout53_spec  # noqa: E402
import text_heldout54_spec  # noqa: E402
import text_heldout55_spec  # noqa: E402
import text_heldout56_spec  # noqa: E402
import text_heldout57_spec  # noqa: E402
import text_heldout58_spec  # noqa: E402
import text_heldout59_spec  # noqa: E402
import text_heldout60_spec  # noqa: E402
import text_heldout61_spec  # noqa: E402
import text_heldout62_spec  # noqa: E402
import text_heldout63_spec  # noqa: E402
import text_heldout64_spec  # noqa: E402
import text_heldout65_spec  # noqa: E402
import text_heldout66_spec  # noqa: E402
import text_heldout67_spec  # noqa: E402
import text_heldout68_spec  # noqa: E402
import text_heldout69_spec  # noqa: E402
import text_heldout70_spec  # noqa: E402
import text_heldout71_spec  # noqa: E402
import text_heldout72_spec  # noqa: E402
import text_heldout73_spec  # noqa: E402
import text_heldout74_spec  # noqa: E402
import text_heldout75_spec  # noqa: E402
import text_heldout76_spec  # noqa: E402
import text_heldout77_spec  # noqa: E402
import text_heldout78_spec  # noqa: E402
import text_heldout79_spec  # noqa: E402
import text_heldout80_spec  # noqa: E402
import text_heldout81_spec  # noqa: E402
import text_heldout82_spec  # noqa: E402
import text_heldout83_spec  # noqa: E402
import text_heldout84_spec  # noqa: E402
import text_heldout85_spec  # noqa: E402
import text_heldout86_spec  # noqa: E402
import text_heldout87_spec  # noqa: E402
import text_heldout88_spec  # noqa: E402
import text_heldout89_spec  # noqa: E402
import text_heldout90_spec  # noqa: E402
import text_heldout91_spec  # noqa: E402
import text_heldout92_spec  # noqa: E402
import text_heldout93_spec  # noqa: E402
import text_heldout94_spec  # noqa: E402
import text_heldout95_spec  # noqa: E402
import text_heldout96_spec  # noqa: E402
import text_heldout97_spec  # noqa: E402
import text_heldout98_spec  # noqa: E402
import text_heldout99_spec  # noqa: E402
import text_heldout100_spec  # noqa: E402
import text_heldout101_spec  # noqa: E402
import text_heldout102_spec  # noqa: E402
import text_heldout103_spec  # noqa: E402
import text_heldout104_spec  # noqa: E402
import text_heldout105_spec  # noqa: E402
import text_heldout106_spec  # noqa: E402
import text_heldout107_spec  # noqa: E402
import text_heldout108_spec  # noqa: E402
import text_heldout109_spec  # noqa: E402
import text_heldout110_spec  # noqa: E402
import text_heldout111_spec  # noqa: E402
import text_heldout112_spec  # noqa: E402
import text_heldout113_spec  # noqa: E402
import text_heldout114_spec  # noqa: E402
import text_heldout115_spec  # noqa: E402
import text_heldout116_spec  # noqa: E402
import text_heldout117_spec  # noqa: E402
import text_heldout118_spec  # noqa: E402
import text_heldout119_spec  # noqa: E402
import text_heldout120_spec  # noqa: E402
import text_heldout121_spec  # noqa: E402
import text_heldout122_spec  # noqa: E402
import text_heldout123_spec  # noqa: E402
import text_heldout124_spec  # noqa: E402
import text_heldout125_spec  # noqa: E402
import text_heldout126_spec  # noqa: E402
import text_heldout127_spec  # noqa: E402
import text_heldout128_spec  # noqa: E402
import text_heldout129_spec  # noqa: E402
import text_heldout130_spec  # noqa: E402
import text_heldout131_spec  # noqa: E402
import text_heldout132_spec  # noqa: E402
import text_heldout133_spec  # noqa: E402
import text_heldout134_spec  # noqa: E402
import text_heldout135_spec  # noqa: E402
import text_heldout136_spec  # noqa: E402
import text_heldout_spec  # noqa: E402


def texts_dir(arg: str | None = None) -> Path:
    for p in ([Path(arg)] if arg else []) + [HERE.parents[1] / "devtexts", HERE.parents[2] / "devtexts"]:
        if p.is_dir():
            return p
    raise SystemExit("no devtexts/ folder (see docs/annotation.md)")


def spans(text: str, surface: str) -> list[tuple[int, int]]:
    pat = re.compile(r"(?<![\w])" + re.escape(surface) + r"(?![\w])")
    return [(m.start(), m.end()) for m in pat.finditer(text)]


def build(folder: Path, articles: list | None = None) -> dict:
    out = []
    for art in articles if articles is not None else text_dev_spec.ARTICLES:
        raw = (folder / art["file"]).read_bytes()
        text = raw.decode("utf-8")
        org_spans = [s for o in art["orgs"] for s in spans(text, o)]
        mentions = []
        for item in art["mentions"]:
            surface, label = item[0], item[1]
            skip = set(item[2]) if len(item) > 2 else set()
            found = spans(text, surface)
            if not found:
                raise SystemExit(f"{art['file']}: {surface!r} does not occur")
            for k, (a, b) in enumerate(found, start=1):
                if k in skip or any(oa <= a and b <= ob for oa, ob in org_spans):
                    continue
                mentions.append([a, b, surface, label])
        for o in art["orgs"]:
            if not spans(text, o):
                raise SystemExit(f"{art['file']}: organisation {o!r} does not occur")
        mentions.sort()
        out.append(
            {
                "file": art["file"],
                "url": art["url"],
                "published": art["published"],
                "published_note": art["published_note"],
                "sha256": hashlib.sha256(raw).hexdigest(),
                "orgs": [[a, b] for a, b in sorted(org_spans)],
                "mentions": mentions,
                "events": art["events"],
            }
        )
    return {
        "note": "Text development set: annotations only (texts are third-party; keep them in devtexts/). "
        "Guideline: docs/annotation.md. Spec: tests/data/text_dev_spec.py.",
        "articles": out,
    }


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    sets = {
        "--heldout": ("heldout", text_heldout_spec.ARTICLES, "text_heldout_gold.json"),
        "--heldout2": ("heldout2", text_heldout2_spec.ARTICLES, "text_heldout2_gold.json"),
        "--heldout3": ("heldout3", text_heldout3_spec.ARTICLES, "text_heldout3_gold.json"),
        "--heldout4": ("heldout4", text_heldout4_spec.ARTICLES, "text_heldout4_gold.json"),
        "--heldout5": ("heldout5", text_heldout5_spec.ARTICLES, "text_heldout5_gold.json"),
        "--heldout6": ("heldout6", text_heldout6_spec.ARTICLES, "text_heldout6_gold.json"),
        "--heldout7": ("heldout7", text_heldout7_spec.ARTICLES, "text_heldout7_gold.json"),
        "--heldout8": ("heldout8", text_heldout8_spec.ARTICLES, "text_heldout8_gold.json"),
        "--heldout9": ("heldout9", text_heldout9_spec.ARTICLES, "text_heldout9_gold.json"),
        "--heldout10": ("heldout10", text_heldout10_spec.ARTICLES, "text_heldout10_gold.json"),
        "--heldout11": ("heldout11", text_heldout11_spec.ARTICLES, "text_heldout11_gold.json"),
        "--heldout12": ("heldout12", text_heldout12_spec.ARTICLES, "text_heldout12_gold.json"),
        "--heldout13": ("heldout13", text_heldout13_spec.ARTICLES, "text_heldout13_gold.json"),
        "--heldout14": ("heldout14", text_heldout14_spec.ARTICLES, "text_heldout14_gold.json"),
        "--heldout15": ("heldout15", text_heldout15_spec.ARTICLES, "text_heldout15_gold.json"),
        "--heldout16": ("heldout16", text_heldout16_spec.ARTICLES, "text_heldout16_gold.json"),
        "--heldout17": ("heldout17", text_heldout17_spec.ARTICLES, "text_heldout17_gold.json"),
        "--heldout18": ("heldout18", text_heldout18_spec.ARTICLES, "text_heldout18_gold.json"),
        "--heldout19": ("heldout19", text_heldout19_spec.ARTICLES, "text_heldout19_gold.json"),
        "--heldout20": ("heldout20", text_heldout20_spec.ARTICLES, "text_heldout20_gold.json"),
        "--heldout21": ("heldout21", text_heldout21_spec.ARTICLES, "text_heldout21_gold.json"),
        "--heldout22": ("heldout22", text_heldout22_spec.ARTICLES, "text_heldout22_gold.json"),
        "--heldout23": ("heldout23", text_heldout23_spec.ARTICLES, "text_heldout23_gold.json"),
        "--heldout24": ("heldout24", text_heldout24_spec.ARTICLES, "text_heldout24_gold.json"),
        "--heldout25": ("heldout25", text_heldout25_spec.ARTICLES, "text_heldout25_gold.json"),
        "--heldout26": ("heldout26", text_heldout26_spec.ARTICLES, "text_heldout26_gold.json"),
        "--heldout27": ("heldout27", text_heldout27_spec.ARTICLES, "text_heldout27_gold.json"),
        "--heldout28": ("heldout28", text_heldout28_spec.ARTICLES, "text_heldout28_gold.json"),
        "--heldout29": ("heldout29", text_heldout29_spec.ARTICLES, "text_heldout29_gold.json"),
        "--heldout30": ("heldout30", text_heldout30_spec.ARTICLES, "text_heldout30_gold.json"),
        "--heldout31": ("heldout31", text_heldout31_spec.ARTICLES, "text_heldout31_gold.json"),
        "--heldout32": ("heldout32", text_heldout32_spec.ARTICLES, "text_heldout32_gold.json"),
        "--heldout33": ("heldout33", text_heldout33_spec.ARTICLES, "text_heldout33_gold.json"),
        "--heldout34": ("heldout34", text_heldout34_spec.ARTICLES, "text_heldout34_gold.json"),
        "--heldout35": ("heldout35", text_heldout35_spec.ARTICLES, "text_heldout35_gold.json"),
        "--heldout36": ("heldout36", text_heldout36_spec.ARTICLES, "text_heldout36_gold.json"),
        "--heldout37": ("heldout37", text_heldout37_spec.ARTICLES, "text_heldout37_gold.json"),
        "--heldout38": ("heldout38", text_heldout38_spec.ARTICLES, "text_heldout38_gold.json"),
        "--heldout39": ("heldout39", text_heldout39_spec.ARTICLES, "text_heldout39_gold.json"),
        "--heldout40": ("heldout40", text_heldout40_spec.ARTICLES, "text_heldout40_gold.json"),
        "--heldout41": ("heldout41", text_heldout41_spec.ARTICLES, "text_heldout41_gold.json"),
        "--heldout42": ("heldout42", text_heldout42_spec.ARTICLES, "text_heldout42_gold.json"),
        "--heldout43": ("heldout43", text_heldout43_spec.ARTICLES, "text_heldout43_gold.json"),
        "--heldout44": ("heldout44", text_heldout44_spec.ARTICLES, "text_heldout44_gold.json"),
        "--heldout45": ("heldout45", text_heldout45_spec.ARTICLES, "text_heldout45_gold.json"),
        "--heldout46": ("heldout46", text_heldout46_spec.ARTICLES, "text_heldout46_gold.json"),
        "--heldout47": ("heldout47", text_heldout47_spec.ARTICLES, "text_heldout47_gold.json"),
        "--heldout48": ("heldout48", text_heldout48_spec.ARTICLES, "text_heldout48_gold.json"),
        "--heldout49": ("heldout49", text_heldout49_spec.ARTICLES, "text_heldout49_gold.json"),
        "--heldout50": ("heldout50", text_heldout50_spec.ARTICLES, "text_heldout50_gold.json"),
        "--heldout51": ("heldout51", text_heldout51_spec.ARTICLES, "text_heldout51_gold.json"),
        "--heldout52": ("heldout52", text_heldout52_spec.ARTICLES, "text_heldout52_gold.json"),
        "--heldout53": ("heldout53", text_heldout53_spec.ARTICLES, "text_heldout53_gold.json"),
        "--heldout54": ("heldout54", text_heldout54_spec.ARTICLES, "text_heldout54_gold.json"),
        "--heldout55": ("heldout55", text_heldout55_spec.ARTICLES, "text_heldout55_gold.json"),
        "--heldout56": ("heldout56", text_heldout56_spec.ARTICLES, "text_heldout56_gold.json"),
        "--heldout57": ("heldout57", text_heldout57_spec.ARTICLES, "text_heldout57_gold.json"),
        "--heldout58": ("heldout58", text_heldout58_spec.ARTICLES, "text_heldout58_gold.json"),
        "--heldout59": ("heldout59", text_heldout59_spec.ARTICLES, "text_heldout59_gold.json"),
        "--heldout60": ("heldout60", text_heldout60_spec.ARTICLES, "text_heldout60_gold.json"),
        "--heldout61": ("heldout61", text_heldout61_spec.ARTICLES, "text_heldout61_gold.json"),
        "--heldout62": ("heldout62", text_heldout62_spec.ARTICLES, "text_heldout62_gold.json"),
        "--heldout63": ("heldout63", text_heldout63_spec.ARTICLES, "text_heldout63_gold.json"),
        "--heldout64": ("heldout64", text_heldout64_spec.ARTICLES, "text_heldout64_gold.json"),
        "--heldout65": ("heldout65", text_heldout65_spec.ARTICLES, "text_heldout65_gold.json"),
        "--heldout66": ("heldout66", text_heldout66_spec.ARTICLES, "text_heldout66_gold.json"),
        "--heldout67": ("heldout67", text_heldout67_spec.ARTICLES, "text_heldout67_gold.json"),
        "--heldout68": ("heldout68", text_heldout68_spec.ARTICLES, "text_heldout68_gold.json"),
        "--heldout69": ("heldout69", text_heldout69_spec.ARTICLES, "text_heldout69_gold.json"),
        "--heldout70": ("heldout70", text_heldout70_spec.ARTICLES, "text_heldout70_gold.json"),
        "--heldout71": ("heldout71", text_heldout71_spec.ARTICLES, "text_heldout71_gold.json"),
        "--heldout72": ("heldout72", text_heldout72_spec.ARTICLES, "text_heldout72_gold.json"),
        "--heldout73": ("heldout73", text_heldout73_spec.ARTICLES, "text_heldout73_gold.json"),
        "--heldout74": ("heldout74", text_heldout74_spec.ARTICLES, "text_heldout74_gold.json"),
        "--heldout75": ("heldout75", text_heldout75_spec.ARTICLES, "text_heldout75_gold.json"),
        "--heldout76": ("heldout76", text_heldout76_spec.ARTICLES, "text_heldout76_gold.json"),
        "--heldout77": ("heldout77", text_heldout77_spec.ARTICLES, "text_heldout77_gold.json"),
        "--heldout78": ("heldout78", text_heldout78_spec.ARTICLES, "text_heldout78_gold.json"),
        "--heldout79": ("heldout79", text_heldout79_spec.ARTICLES, "text_heldout79_gold.json"),
        "--heldout80": ("heldout80", text_heldout80_spec.ARTICLES, "text_heldout80_gold.json"),
        "--heldout81": ("heldout81", text_heldout81_spec.ARTICLES, "text_heldout81_gold.json"),
        "--heldout82": ("heldout82", text_heldout82_spec.ARTICLES, "text_heldout82_gold.json"),
        "--heldout83": ("heldout83", text_heldout83_spec.ARTICLES, "text_heldout83_gold.json"),
        "--heldout84": ("heldout84", text_heldout84_spec.ARTICLES, "text_heldout84_gold.json"),
        "--heldout85": ("heldout85", text_heldout85_spec.ARTICLES, "text_heldout85_gold.json"),
        "--heldout86": ("heldout86", text_heldout86_spec.ARTICLES, "text_heldout86_gold.json"),
        "--heldout87": ("heldout87", text_heldout87_spec.ARTICLES, "text_heldout87_gold.json"),
        "--heldout88": ("heldout88", text_heldout88_spec.ARTICLES, "text_heldout88_gold.json"),
        "--heldout89": ("heldout89", text_heldout89_spec.ARTICLES, "text_heldout89_gold.json"),
        "--heldout90": ("heldout90", text_heldout90_spec.ARTICLES, "text_heldout90_gold.json"),
        "--heldout91": ("heldout91", text_heldout91_spec.ARTICLES, "text_heldout91_gold.json"),
        "--heldout92": ("heldout92", text_heldout92_spec.ARTICLES, "text_heldout92_gold.json"),
        "--heldout93": ("heldout93", text_heldout93_spec.ARTICLES, "text_heldout93_gold.json"),
        "--heldout94": ("heldout94", text_heldout94_spec.ARTICLES, "text_heldout94_gold.json"),
        "--heldout95": ("heldout95", text_heldout95_spec.ARTICLES, "text_heldout95_gold.json"),
        "--heldout96": ("heldout96", text_heldout96_spec.ARTICLES, "text_heldout96_gold.json"),
        "--heldout97": ("heldout97", text_heldout97_spec.ARTICLES, "text_heldout97_gold.json"),
        "--heldout98": ("heldout98", text_heldout98_spec.ARTICLES, "text_heldout98_gold.json"),
        "--heldout99": ("heldout99", text_heldout99_spec.ARTICLES, "text_heldout99_gold.json"),
        "--heldout100": ("heldout100", text_heldout100_spec.ARTICLES, "text_heldout100_gold.json"),
        "--heldout101": ("heldout101", text_heldout101_spec.ARTICLES, "text_heldout101_gold.json"),
        "--heldout102": ("heldout102", text_heldout102_spec.ARTICLES, "text_heldout102_gold.json"),
        "--heldout103": ("heldout103", text_heldout103_spec.ARTICLES, "text_heldout103_gold.json"),
        "--heldout104": ("heldout104", text_heldout104_spec.ARTICLES, "text_heldout104_gold.json"),
        "--heldout105": ("heldout105", text_heldout105_spec.ARTICLES, "text_heldout105_gold.json"),
        "--heldout106": ("heldout106", text_heldout106_spec.ARTICLES, "text_heldout106_gold.json"),
        "--heldout107": ("heldout107", text_heldout107_spec.ARTICLES, "text_heldout107_gold.json"),
        "--heldout108": ("heldout108", text_heldout108_spec.ARTICLES, "text_heldout108_gold.json"),
        "--heldout109": ("heldout109", text_heldout109_spec.ARTICLES, "text_heldout109_gold.json"),
        "--heldout110": ("heldout110", text_heldout110_spec.ARTICLES, "text_heldout110_gold.json"),
        "--heldout111": ("heldout111", text_heldout111_spec.ARTICLES, "text_heldout111_gold.json"),
        "--heldout112": ("heldout112", text_heldout112_spec.ARTICLES, "text_heldout112_gold.json"),
        "--heldout113": ("heldout113", text_heldout113_spec.ARTICLES, "text_heldout113_gold.json"),
        "--heldout114": ("heldout114", text_heldout114_spec.ARTICLES, "text_heldout114_gold.json"),
        "--heldout115": ("heldout115", text_heldout115_spec.ARTICLES, "text_heldout115_gold.json"),
        "--heldout116": ("heldout116", text_heldout116_spec.ARTICLES, "text_heldout116_gold.json"),
        "--heldout117": ("heldout117", text_heldout117_spec.ARTICLES, "text_heldout117_gold.json"),
        "--heldout118": ("heldout118", text_heldout118_spec.ARTICLES, "text_heldout118_gold.json"),
        "--heldout119": ("heldout119", text_heldout119_spec.ARTICLES, "text_heldout119_gold.json"),
        "--heldout120": ("heldout120", text_heldout120_spec.ARTICLES, "text_heldout120_gold.json"),
        "--heldout121": ("heldout121", text_heldout121_spec.ARTICLES, "text_heldout121_gold.json"),
        "--heldout122": ("heldout122", text_heldout122_spec.ARTICLES, "text_heldout122_gold.json"),
        "--heldout123": ("heldout123", text_heldout123_spec.ARTICLES, "text_heldout123_gold.json"),
        "--heldout124": ("heldout124", text_heldout124_spec.ARTICLES, "text_heldout124_gold.json"),
        "--heldout125": ("heldout125", text_heldout125_spec.ARTICLES, "text_heldout125_gold.json"),
        "--heldout126": ("heldout126", text_heldout126_spec.ARTICLES, "text_heldout126_gold.json"),
        "--heldout127": ("heldout127", text_heldout127_spec.ARTICLES, "text_heldout127_gold.json"),
        "--heldout128": ("heldout128", text_heldout128_spec.ARTICLES, "text_heldout128_gold.json"),
        "--heldout129": ("heldout129", text_heldout129_spec.ARTICLES, "text_heldout129_gold.json"),
        "--heldout130": ("heldout130", text_heldout130_spec.ARTICLES, "text_heldout130_gold.json"),
        "--heldout131": ("heldout131", text_heldout131_spec.ARTICLES, "text_heldout131_gold.json"),
        "--heldout132": ("heldout132", text_heldout132_spec.ARTICLES, "text_heldout132_gold.json"),
        "--heldout133": ("heldout133", text_heldout133_spec.ARTICLES, "text_heldout133_gold.json"),
        "--heldout134": ("heldout134", text_heldout134_spec.ARTICLES, "text_heldout134_gold.json"),
        "--heldout135": ("heldout135", text_heldout135_spec.ARTICLES, "text_heldout135_gold.json"),
        "--heldout136": ("heldout136", text_heldout136_spec.ARTICLES, "text_heldout136_gold.json"),
    }
    flag = next((a for a in sys.argv[1:] if a in sets), None)
    folder = texts_dir(args[0] if args else None)
    if flag:
        sub, articles, name = sets[flag]
        gold = build(folder / sub, articles)
    else:
        gold, name = build(folder), "text_dev_gold.json"
    out = HERE / name
    out.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    n_m = sum(len(a["mentions"]) for a in gold["articles"])
    n_e = sum(len(a["events"]) for a in gold["articles"])
    print(f"{len(gold['articles'])} articles, {n_m} mentions, {n_e} events")
