# generated from tests/codegen/golden/widgets.yaml - do not edit
"""Contains methods for accessing the API"""
