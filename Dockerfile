# Byline: the README's first command, in a container.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    BYLINE_HOST=0.0.0.0 \
    BYLINE_PORT=8000

RUN useradd --create-home --uid 10001 byline
WORKDIR /home/byline/app
COPY --chown=byline:byline . .
USER 10001

# The same steps as the README's first command: install, import the seeds, serve.
RUN python3 -m venv .venv && .venv/bin/pip install -e .
RUN .venv/bin/byline import seeds

EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD [".venv/bin/python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/health', timeout=4)"]
CMD [".venv/bin/byline", "serve"]
