"""Screening Spark DataFrames: the same screener as ``listwatch screen``, on every executor.

:func:`screen_dataframe` ships the cached index pickle once (``SparkContext.addFile``); each
Python worker loads it once and keeps it for the tasks that follow. ``listwatch batch --engine
spark`` runs it on a file (:func:`run_batch_spark`). See ``docs/batch.md``.
"""

from listwatch.spark._batch import run_batch_spark
from listwatch.spark._frame import RESULT_COLUMNS, screen_dataframe, ship_index

__all__ = ["RESULT_COLUMNS", "run_batch_spark", "screen_dataframe", "ship_index"]
