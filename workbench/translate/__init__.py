"""Offline translation: Argos packages run through CTranslate2 in batches."""
