"""Settings: the one place that reads the environment."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_DATABASE_URL = "sqlite:///./data/byline.db"


class Settings(BaseSettings):
    """Byline's configuration, read from environment variables (and a `.env` file)."""

    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    database_url: str = Field(
        default=DEFAULT_DATABASE_URL,
        validation_alias="DATABASE_URL",
        description="SQLAlchemy URL: SQLite by default, postgresql+psycopg://… to scale out.",
    )
    api_key: SecretStr | None = Field(
        default=None,
        validation_alias="BYLINE_API_KEY",
        description="Bearer key for the write API; writes are disabled when unset.",
    )
    default_page_size: int = Field(default=50, ge=1, validation_alias="BYLINE_DEFAULT_PAGE_SIZE")
    max_page_size: int = Field(default=500, ge=1, validation_alias="BYLINE_MAX_PAGE_SIZE")
    facet_size: int = Field(default=20, ge=1, le=500, validation_alias="BYLINE_FACET_SIZE")
    max_body_bytes: int = Field(default=2 * 1024 * 1024, ge=1, validation_alias="BYLINE_MAX_BODY_BYTES")
    cache_max_age: int = Field(default=5, ge=0, validation_alias="BYLINE_CACHE_MAX_AGE")
    sqlite_busy_timeout_ms: int = Field(default=5000, ge=0, validation_alias="BYLINE_SQLITE_BUSY_TIMEOUT_MS")
    cors_origins: list[str] = Field(default=["*"], validation_alias="BYLINE_CORS_ORIGINS")
    host: str = Field(default="127.0.0.1", validation_alias="BYLINE_HOST")
    port: int = Field(default=8000, validation_alias="BYLINE_PORT")

    @field_validator("database_url")
    @classmethod
    def _add_driver(cls, url: str) -> str:
        # A bare postgres URL gets the psycopg 3 driver the project ships with.
        for prefix in ("postgres://", "postgresql://"):
            if url.startswith(prefix):
                return "postgresql+psycopg://" + url[len(prefix) :]
        return url

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    def sqlite_path(self) -> Path | None:
        """The database file for a file-backed SQLite URL, else None."""
        if not self.is_sqlite:
            return None
        path = self.database_url.split("///", 1)[1] if "///" in self.database_url else ""
        if not path or path == ":memory:" or path.startswith("file:"):
            return None
        return Path(path.split("?", 1)[0])


@lru_cache
def get_settings() -> Settings:
    return Settings()
