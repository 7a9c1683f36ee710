# generated from specs/akua.yaml - do not edit
"""Contains methods for accessing the API"""
