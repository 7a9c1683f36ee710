# generated from specs/kupe.yaml - do not edit
"""Contains methods for accessing the API"""
