# generated from specs/coreweave-cks.yaml - do not edit
"""Contains endpoint functions for accessing the API"""
