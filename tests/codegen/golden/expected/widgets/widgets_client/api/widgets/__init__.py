# generated from tests/codegen/golden/widgets.yaml - do not edit
"""Contains endpoint functions for accessing the API"""
