"""`classes`: a labelled corpus by the eight shapes of issue 10 (one module per class); see `items.all_items()`."""
