"""Writers and readers of exchange formats (TMX, TSV, XLSX, XLIFF, SRX), one per module."""
