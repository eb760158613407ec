"""The shingle metric of ``bench/html_extraction.py`` matches the benchmark's definition."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench" / "html_extraction.py"


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("html_extraction_bench", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while building
    spec.loader.exec_module(module)
    return module


def test_shingles_are_four_tokens_and_short_texts_one(bench: ModuleType) -> None:
    assert bench.shingles("a b c d e") == {("a", "b", "c", "d"): 1, ("b", "c", "d", "e"): 1}
    assert bench.shingles("a, b!") == {("a", "b"): 1}
    assert bench.shingles("") == {}


def test_page_counts_are_normalised(bench: ModuleType) -> None:
    gold = "one two three four five six"  # 3 shingles
    assert bench.page_counts(gold, gold) == (1.0, 0.0, 0.0)
    # prediction keeps the first 5 tokens (2 shingles) and adds 1 wrong shingle at the end
    tp, fp, fn = bench.page_counts(gold, "one two three four five x")
    assert (tp, fp, fn) == pytest.approx((2 / 4, 1 / 4, 1 / 4))
    assert bench.page_counts(gold, "") == (0.0, 0.0, 1.0)


def test_scores_average_pages_like_the_benchmark(bench: ModuleType) -> None:
    perfect = (1.0, 0.0, 0.0)
    empty_prediction = (0.0, 0.0, 1.0)  # counts for recall only
    half = (0.5, 0.25, 0.25)
    p, r, f1 = bench.scores([perfect, empty_prediction, half])
    assert p == pytest.approx((1.0 + 0.5 / 0.75) / 2)
    assert r == pytest.approx((1.0 + 0.0 + 0.5 / 0.75) / 3)
    assert f1 == pytest.approx(2 * p * r / (p + r))
