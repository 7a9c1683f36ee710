# generated from specs/cockroach-cloud.yaml - do not edit
"""Contains endpoint functions for accessing the API"""
