"""The README's Dask recipe, run on a local cluster with two worker processes."""

from __future__ import annotations

import json

import pytest

from speechparse import parse_outline
from speechparse.batch import iter_paths, outline_partition

from .conftest import FIXTURES, ROOT

db = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("dask.distributed")


def test_dask_recipe_on_a_two_worker_local_cluster(tmp_path: object) -> None:
    paths = list(iter_paths([str(ROOT / "seeds"), str(FIXTURES / "devset")]))
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, \
            distributed.Client(cluster) as client:
        assert len(client.scheduler_info()["workers"]) == 2
        bag = db.from_sequence(paths, npartitions=4)
        records = bag.map_partitions(outline_partition).compute()
    assert sorted(r["path"] for r in records) == sorted(paths)
    for r in records:
        with open(r["path"], encoding="utf-8") as f:
            assert {k: v for k, v in r.items() if k != "path"} == parse_outline(f.read())
    json.dumps(records, ensure_ascii=False)
