# generated from specs/coreweave-cks.yaml - do not edit
"""Contains methods for accessing the API"""
