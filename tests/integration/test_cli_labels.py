"""``omigjen-pos labels``: a PDF of labels that scan, from the command line."""

import zxingcpp

from omigjen_pos.cli import main
from tests.printing.pdf_tools import rasterise


def demo_url(store_factory) -> str:
    url = store_factory.new_url("labels")
    assert main(["--database-url", url, "demo", "--items-per-shop", "4"]) == 0
    return url


def test_labels_for_chosen_barcodes_scan_in_the_order_given(store_factory, tmp_path, capsys):
    url = demo_url(store_factory)
    wanted = ["2010000000038", "2010000000014"]
    out = tmp_path / "labels.pdf"
    assert (
        main(
            [
                "--database-url",
                url,
                "labels",
                "--shop",
                "brukt",
                "--barcode",
                *wanted,
                "-o",
                str(out),
            ]
        )
        == 0
    )
    assert "Wrote 2 labels on 2 pages" in capsys.readouterr().out
    pages = rasterise(out.read_bytes(), 300)
    assert [[r.text for r in zxingcpp.read_barcodes(page)] for page in pages] == [
        [wanted[0]],
        [wanted[1]],
    ]


def test_all_labels_of_a_shop_on_an_a4_sheet(store_factory, tmp_path, capsys):
    url = demo_url(store_factory)
    out = tmp_path / "sheet.pdf"
    assert (
        main(
            [
                "--database-url",
                url,
                "labels",
                "--shop",
                "REP",
                "--all",
                "--layout",
                "a4-3x8",
                "--start",
                "23",
                "-o",
                str(out),
            ]
        )
        == 0
    )
    assert "Wrote 4 labels on 2 pages" in capsys.readouterr().out


def test_an_unknown_barcode_or_start_position_is_refused(store_factory, tmp_path, capsys):
    url = demo_url(store_factory)
    out = tmp_path / "x.pdf"
    assert (
        main(
            [
                "--database-url",
                url,
                "labels",
                "--shop",
                "BRUKT",
                "--barcode",
                "2019999999999",
                "-o",
                str(out),
            ]
        )
        == 1
    )
    assert "2019999999999" in capsys.readouterr().err
    assert (
        main(
            [
                "--database-url",
                url,
                "labels",
                "--shop",
                "BRUKT",
                "--all",
                "--layout",
                "a4-3x8",
                "--start",
                "25",
                "-o",
                str(out),
            ]
        )
        == 1
    )
    assert not out.exists()
