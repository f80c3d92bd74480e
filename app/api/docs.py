"""/docs (Swagger UI) and /redoc with every asset served by the app itself: no CDN, no web fonts.

The assets come from the fastapi-offline package. ReDoc's bundle draws its menu
footer logo from a CDN; that one address is pointed at the app's own favicon.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from fastapi import FastAPI, HTTPException
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html, get_swagger_ui_oauth2_redirect_html
from fastapi.responses import HTMLResponse, Response

ASSETS_URL = "/docs-assets"
_MEDIA_TYPES = {
    "swagger-ui-bundle.js": "text/javascript",
    "swagger-ui.css": "text/css",
    "redoc.standalone.js": "text/javascript",
    "favicon.png": "image/png",
}
_REDOC_CDN_LOGO = b"https://cdn.redoc.ly/redoc/logo-mini.svg"


@cache
def asset(name: str) -> bytes:
    data = resources.files("fastapi_offline").joinpath("static", name).read_bytes()
    if name == "redoc.standalone.js":
        data = data.replace(_REDOC_CDN_LOGO, f"{ASSETS_URL}/favicon.png".encode())
    return data


def install(app: FastAPI) -> None:
    favicon = f"{ASSETS_URL}/favicon.png"

    @app.get(f"{ASSETS_URL}/{{name}}", include_in_schema=False)
    def docs_asset(name: str) -> Response:
        if name not in _MEDIA_TYPES:
            raise HTTPException(status_code=404)
        return Response(
            asset(name), media_type=_MEDIA_TYPES[name], headers={"Cache-Control": "public, max-age=86400"}
        )

    @app.get("/docs", include_in_schema=False)
    def swagger_ui() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url=app.openapi_url or "/openapi.json",
            title=f"{app.title} — API docs",
            oauth2_redirect_url="/docs/oauth2-redirect",
            swagger_js_url=f"{ASSETS_URL}/swagger-ui-bundle.js",
            swagger_css_url=f"{ASSETS_URL}/swagger-ui.css",
            swagger_favicon_url=favicon,
            swagger_ui_parameters={"displayOperationId": True, "tryItOutEnabled": False},
        )

    @app.get("/docs/oauth2-redirect", include_in_schema=False)
    def swagger_ui_redirect() -> HTMLResponse:
        return get_swagger_ui_oauth2_redirect_html()

    @app.get("/redoc", include_in_schema=False)
    def redoc() -> HTMLResponse:
        return get_redoc_html(
            openapi_url=app.openapi_url or "/openapi.json",
            title=f"{app.title} — API reference",
            redoc_js_url=f"{ASSETS_URL}/redoc.standalone.js",
            redoc_favicon_url=favicon,
            with_google_fonts=False,
        )
