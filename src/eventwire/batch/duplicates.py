"""Exact and near-duplicate documents across a whole Spark corpus, without collecting it.

Exact: the first document (in input order) of each doc_id is kept, the others are
dropped, as `eventwire ingest` counts them 'already'.

Near: the same MinHash signatures (datasketch, affine32) and the same LSH banding as
ingest's NearDuplicateIndex: the b bands of r values datasketch picks for the threshold
become join keys, so only documents sharing a whole band are compared (Spark's own
pyspark.ml MinHashLSH has one value per hash table, no bands, and would compare
millions of unrelated news pairs). A candidate counts when the estimated Jaccard (the
share of equal signature values, as ingest computes it) reaches the threshold.

Ingest keeps a document unless it matches a kept earlier one; here a document is a
duplicate when it matches an earlier document that matches nothing before it (a kept
one in both runs). The two agree except on chains of three or more documents
(A~B, B~C, C~D with A, C not similar), which ingest decides document by document.
"""

from __future__ import annotations

from pyspark.sql import DataFrame, Window
from pyspark.sql import functions as F


def first_of_each_text(docs: DataFrame) -> DataFrame:
    """One row per doc_id: the first in input order (`order`)."""
    first = Window.partitionBy("doc_id").orderBy("order")
    return docs.withColumn("_n", F.row_number().over(first)).where("_n = 1").drop("_n")


def bands(threshold: float, num_perm: int) -> tuple[int, int]:
    """(bands, rows per band) as datasketch's MinHashLSH chooses them."""
    from datasketch.lsh import _optimal_param

    return _optimal_param(threshold, num_perm, 0.5, 0.5)


def near_duplicates(docs: DataFrame, threshold: float, num_perm: int) -> DataFrame:
    """(doc_id, duplicate_of, similarity) for each near-duplicate among `docs`
    (columns doc_id, order, signature: array<bigint>)."""
    b, r = bands(threshold, num_perm)
    keyed = docs.select(
        "doc_id", "order", "signature",
        F.explode(F.expr(f"transform(sequence(0, {b - 1}), i -> "
                         f"concat(i, ':', array_join(slice(signature, i * {r} + 1, {r}), ',')))"
                         )).alias("band"))
    a, later = keyed.alias("a"), keyed.alias("b")
    pairs = (a.join(later, on=F.col("a.band") == F.col("b.band"))
             .where(F.col("a.order") < F.col("b.order"))
             .select(F.col("a.doc_id").alias("earlier"), F.col("a.order").alias("earlier_order"),
                     F.col("b.doc_id").alias("doc_id"),
                     F.col("a.signature").alias("sa"), F.col("b.signature").alias("sb"))
             .dropDuplicates(["earlier", "doc_id"])
             .withColumn("similarity", F.expr(
                 f"size(filter(zip_with(sa, sb, (x, y) -> x = y), v -> v)) / {num_perm}"))
             .where(F.col("similarity") >= threshold)
             .drop("sa", "sb")
             .cache())
    # an earlier document that matches nothing before it is kept by ingest too
    roots = pairs.select(F.col("earlier").alias("root")).distinct().join(
        pairs.select(F.col("doc_id").alias("root")).distinct(), "root", "left_anti")
    to_root = pairs.join(roots, pairs.earlier == roots.root, "inner")
    # the most similar kept document; ties to the smallest doc_id, as ingest breaks them
    best = Window.partitionBy("doc_id").orderBy(F.col("similarity").desc(), F.col("earlier"))
    return (to_root.withColumn("_n", F.row_number().over(best)).where("_n = 1")
            .select("doc_id", F.col("earlier").alias("duplicate_of"),
                    F.round("similarity", 4).alias("similarity")))
