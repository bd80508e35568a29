"""The events wing: ``monk.Event`` and its keys, ``send``/``send_batch``, buffers and the spool."""
