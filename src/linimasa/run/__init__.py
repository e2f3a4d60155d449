"""Executors: ``local`` (one process) and ``dask`` (a cluster). Both map
:func:`linimasa.pipeline.process` over the inputs and write through the Store."""
