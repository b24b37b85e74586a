"""The CAMEO code table: lookups, derivations, unknown codes, and agreement with the codebook."""

from __future__ import annotations

import csv

import pytest

from eventcoder import cameo


@pytest.mark.parametrize(
    ("code", "name", "base", "root", "quad", "goldstein"),
    [
        ("042", "Make a visit", "042", "04", 1, 1.9),
        ("0874", "Retreat or surrender militarily", "087", "08", 2, 10.0),
        ("19", "Fight", "19", "19", 4, -10.0),
        ("190", "Use conventional military force", "190", "19", 4, -10.0),
        ("111", "Criticize or denounce", "111", "11", 3, -2.0),
    ],
)
def test_cameo_lookup_known_codes(code, name, base, root, quad, goldstein):
    info = cameo.lookup(code)
    assert (info.name, info.base_code, info.root_code, info.quad_class) == (name, base, root, quad)
    assert info.goldstein == pytest.approx(goldstein)


@pytest.mark.parametrize(("root", "quad"), [("01", 1), ("05", 1), ("06", 2), ("09", 2), ("10", 3), ("14", 3), ("15", 4), ("20", 4)])
def test_cameo_quad_class_by_root(root, quad):
    assert cameo.quad_class_of(root) == quad


@pytest.mark.parametrize("code", ["999", "abc", "", "---", "0", "12345", "2a1"])
def test_cameo_unknown_codes_never_raise(code):
    info = cameo.lookup(code)
    assert info.name is None and info.goldstein is None
    assert cameo.is_cameo_code(code) is False


def test_cameo_unknown_numeric_code_still_derives_root_and_quad():
    info = cameo.lookup("999")
    assert (info.root_code, info.base_code, info.quad_class) == ("99", "999", None)
    assert cameo.lookup("1999").quad_class == 4  # unknown detail of a known root


def test_cameo_table_is_complete_and_sane():
    table = cameo.cameo_codes()
    assert table.code.is_unique and len(table) > 300
    assert table.name.notna().all() and table.goldstein.between(-10, 10).all()
    assert {f"{r:02d}" for r in range(1, 21)} <= set(table.code)
    assert set(table.quad_name.dropna()) == set(cameo.QUAD_CLASS_NAMES.values())


def test_cameo_table_agrees_with_reference_codebook(shared):
    with open(shared / "reference" / "cameo_codes.csv", encoding="utf-8") as handle:
        reference = {row["code"]: row for row in csv.DictReader(handle)}
    ours = cameo.cameo_codes().set_index("code")
    assert set(ours.index) == set(reference)
    for code, row in reference.items():
        assert ours.loc[code, "goldstein"] == pytest.approx(float(row["goldstein"])), code
        assert ours.loc[code, "name"].lower() == row["name"].lower(), code


@pytest.mark.parametrize(
    ("frame", "act", "expected"),
    [
        ("13", "191", "1381"),  # threatened blockade
        ("13", "1831", "1383"),  # a threatened bombing is unconventional violence
        ("13", "162", "1311"),  # threatened cut in aid
        ("03", "073", "0333"),  # promised humanitarian aid
        ("02", "075", "0233"),  # asylum asked for is humanitarian protection asked for
        ("12", "075", "1223"),  # and refused, a refusal of refuge
        ("10", "0841", "1053"),  # demanded release
        ("12", "0834", "1234"),  # refused institutional change
        ("12", "051", None),  # CAMEO has no refusal to praise
        ("12", "054", "120"),  # but recognition refused is a rejection ("will never recognize Kosovo")
        ("03", "054", "032"),  # and promised, an intent of diplomatic cooperation
        ("10", "190", None),  # nor a demand to attack
        ("02", "0356", "0256"),  # urged to agree to a truce: an appeal to de-escalate
        ("12", "036", "125"),  # refused to agree to talks
        ("10", "037", "107"),  # demanded that they agree to settle
        ("02", "038", "028"),  # urged to accept mediation
        ("13", "0356", None),  # no threat of an intent
    ],
)
def test_framed_code_follows_cameos_parallel_divisions(frame, act, expected):
    assert cameo.framed_code(frame, act) == expected


def test_framed_codes_are_all_cameo_codes():
    for frame in sorted(cameo.FRAME_ROOTS):
        for act in cameo.cameo_codes()["code"]:
            framed = cameo.framed_code(frame, act)
            assert framed is None or (cameo.is_cameo_code(framed) and framed[:2] == frame), (frame, act, framed)
