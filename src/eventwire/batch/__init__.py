"""eventwire on Spark (optional extra `eventwire[spark]`): the same readers and coder,
run as a Spark job that writes events, documents and skips as Parquet.

    eventwire spark news/ crawl.warc.gz --out events_parquet/ --master 'local[2]'
    spark-submit --master yarn <path of eventwire/batch/spark.py> news/ --out events/

Nothing outside this package imports it; pyspark is imported only when a job runs.
"""
