# generated from specs/cockroach-cloud.yaml - do not edit
"""Contains methods for accessing the API"""
