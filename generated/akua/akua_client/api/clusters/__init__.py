# generated from specs/akua.yaml - do not edit
"""Contains endpoint functions for accessing the API"""
