"""Readers that turn content (files, HTML, later images and office documents) into text for the engine."""
