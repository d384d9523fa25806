"""eventwire on Spark (optional extra `eventwire[spark]`): the same readers and coder,
run as a Spark job that writes events, documents and skips as Parquet.

    eventwire spark news/ crawl.warc.gz --out events_parquet/ --master local[2]
    spark-submit --master yarn -m eventwire.batch.spark news/ --out hdfs:///events/

Nothing here is imported by the rest of the package; pyspark is imported lazily.
"""
