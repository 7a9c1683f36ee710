# generated from specs/kupe.yaml - do not edit
"""Contains endpoint functions for accessing the API"""
