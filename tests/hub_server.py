"""A small Hub-protocol server for tests (test code only, loopback only).

The real `huggingface_hub` client, `datasets.load_dataset`, `peft` and `ModelCard.load`
talk to it exactly as they talk to huggingface.co with Xet disabled
(HF_ENDPOINT=http://127.0.0.1:PORT, HF_HUB_DISABLE_XET=1). Repos of type model, dataset
and space live in memory with a real commit history (one sha per commit), so a test can
tell whether a second release created commits.

Endpoints: what `compile-prefs release` (upload_folder, create_repo, list_repo_files) and the
loaders that read a release back (load_dataset, PeftModel.from_pretrained, ModelCard.load) call;
see huggingface_hub/hf_api.py, _commit_api.py, lfs.py, file_download.py:

    GET  /api/whoami-v2                                       token -> user (401 without)
    POST /api/repos/create                                    409 when it exists
    POST /api/validate-yaml                                   README front matter check (commits of a README)
    GET  /api/{type}s/{repo}[/revision/{rev}]                 repo_info (sha, siblings, cardData)
    GET  /api/{type}s/{repo}/tree/{rev}[/{path}]              list_repo_tree / list_repo_files (recursive=)
    POST /api/{type}s/{repo}/preupload/{rev}                  upload mode + remote oid per file
    POST /api/{type}s/{repo}/commit/{rev}                     ndjson commit (file/lfsFile/deletedFile)
    POST /{prefix}{repo}.git/info/lfs/objects/batch           LFS batch (basic transfer)
    POST /{prefix}{repo}.git/info/lfs/objects/verify          LFS verify
    PUT  /__lfs__/{oid}?nonce=...                             LFS object upload (no auth, one-time nonce)
    GET|HEAD /{prefix}{repo}/resolve/{rev}/{path}             file bytes; ETag, X-Repo-Commit,
                                                              X-Linked-Etag/-Size (LFS)
{prefix} is "" for models, "datasets/" and "spaces/" otherwise. Anything else: 404 and a line
in `server.unhandled`, so a test sees which endpoint a new client version started to use.
"""

from __future__ import annotations

import base64
import fnmatch
import hashlib
import ipaddress
import json
import secrets
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, unquote, urlsplit

import yaml

REPO_TYPES = {"model": "", "dataset": "datasets/", "space": "spaces/"}
PREFIX_TO_TYPE = {"datasets": "dataset", "spaces": "space"}
DEFAULT_GITATTRIBUTES = "".join(
    f"{pattern} filter=lfs diff=lfs merge=lfs -text\n"
    for pattern in ("*.bin", "*.pt", "*.pth", "*.safetensors", "*.parquet", "*.arrow", "*.png", "*.zip", "*.gz")
)
REGULAR_MAX_BYTES = 10 * 1024 * 1024  # the Hub sends larger files through LFS


class HubError(Exception):
    """An HTTP error answer; `code` goes to X-Error-Code, which the client maps to its exceptions."""

    def __init__(self, status: int, message: str, code: str | None = None, **extra):
        super().__init__(message)
        self.status, self.message, self.code, self.extra = status, message, code, extra


def git_blob_oid(data: bytes) -> str:
    return hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


@dataclass(frozen=True)
class Blob:
    data: bytes
    lfs: bool

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()

    @property
    def pointer(self) -> bytes:
        return f"version https://git-lfs.github.com/spec/v1\noid sha256:{self.sha256}\nsize {len(self.data)}\n".encode()

    @property
    def oid(self) -> str:
        """The git blob id: of the content, or of the LFS pointer file for LFS files (as on the Hub)."""
        return git_blob_oid(self.pointer if self.lfs else self.data)


@dataclass
class Commit:
    oid: str
    parent: str | None
    title: str
    message: str
    author: str
    date: str
    files: dict[str, Blob]


@dataclass
class Repo:
    repo_type: str
    repo_id: str
    private: bool
    sdk: str | None
    created_at: str
    commits: list[Commit] = field(default_factory=list)

    @property
    def head(self) -> Commit:
        return self.commits[-1]

    def commit_at(self, revision: str) -> Commit:
        if revision in ("main", "refs/heads/main"):
            return self.head
        if len(revision) >= 7:
            for commit in reversed(self.commits):
                if commit.oid.startswith(revision.lower()):
                    return commit
        raise HubError(404, f"Invalid rev id: {revision}", "RevisionNotFound")

    def url_path(self) -> str:
        return REPO_TYPES[self.repo_type] + self.repo_id


class HubState:
    """Everything the server knows; all access under one lock."""

    def __init__(self, users: dict[str, str], orgs: tuple[str, ...], max_bytes: int, endpoint: str = ""):
        self.endpoint = endpoint
        self.lock = threading.RLock()
        self.users = dict(users)  # token -> user name
        self.orgs = tuple(orgs)
        self.max_bytes = max_bytes
        self.repos: dict[tuple[str, str], Repo] = {}
        self.lfs_objects: dict[str, bytes] = {}
        self.upload_nonces: dict[str, tuple[str, int]] = {}  # nonce -> (oid, size)
        self.stored_bytes = 0
        self.requests: list[tuple[str, str]] = []  # (method, path) of every request
        self.unhandled: list[str] = []
        self._counter = 0

    # -------------------------------------------------------------- repos
    def repo(self, repo_type: str, repo_id: str, user: str | None) -> Repo:
        repo = self.repos.get((repo_type, repo_id))
        if repo is None or (repo.private and not self._can_write(user, repo_id)):
            raise HubError(404, f"Repository {repo_id} not found", "RepoNotFound")
        return repo

    def _can_write(self, user: str | None, repo_id: str) -> bool:
        return user is not None and repo_id.split("/")[0] in (user, *self.orgs)

    def writable_repo(self, repo_type: str, repo_id: str, user: str | None) -> Repo:
        if user is None:
            raise HubError(401, "Invalid credentials in Authorization header", "RepoNotFound")
        repo = self.repo(repo_type, repo_id, user)
        if not self._can_write(user, repo_id):
            raise HubError(403, f"You don't have the rights to write to {repo_id}")
        return repo

    def create_repo(self, repo_type: str, repo_id: str, user: str, private: bool, sdk: str | None) -> Repo:
        if repo_type not in REPO_TYPES:
            raise HubError(400, f"Invalid repo type {repo_type!r}")
        if (repo_type, repo_id) in self.repos:
            # The Hub answers the conflict with the repo's url; create_repo(exist_ok=True) returns it.
            url = f"{self.endpoint}/{self.repos[(repo_type, repo_id)].url_path()}"
            raise HubError(409, f"You already created this {repo_type} repo", url=url)
        if not self._can_write(user, repo_id):
            raise HubError(403, f"You don't have the rights to create a repo under {repo_id.split('/')[0]}")
        if repo_type == "space" and sdk not in ("gradio", "streamlit", "docker", "static"):
            raise HubError(400, "A Space needs an sdk: gradio, streamlit, docker or static")
        repo = Repo(repo_type, repo_id, private, sdk, _now())
        self._add_commit(repo, {".gitattributes": Blob(DEFAULT_GITATTRIBUTES.encode(), lfs=False)}, "initial commit", "", user)
        self.repos[(repo_type, repo_id)] = repo
        return repo

    def _add_commit(self, repo: Repo, files: dict[str, Blob], title: str, message: str, user: str) -> Commit:
        self._counter += 1
        parent = repo.commits[-1].oid if repo.commits else None
        digest = hashlib.sha1(
            json.dumps([parent, title, message, sorted((p, b.oid) for p, b in files.items()), self._counter]).encode()
        ).hexdigest()
        commit = Commit(digest, parent, title, message, user, _now(), files)
        repo.commits.append(commit)
        return commit

    def _account(self, nbytes: int) -> None:
        if self.stored_bytes + nbytes > self.max_bytes:
            raise HubError(413, f"test Hub storage limit of {self.max_bytes} bytes reached")
        self.stored_bytes += nbytes

    def lfs_patterns(self, commit: Commit) -> list[str]:
        attributes = commit.files.get(".gitattributes")
        text = attributes.data.decode("utf-8", "replace") if attributes else DEFAULT_GITATTRIBUTES
        return [line.split()[0] for line in text.splitlines() if "filter=lfs" in line and line.split()]

    def upload_mode(self, commit: Commit, path: str, size: int, sample: bytes) -> str:
        name = path.rsplit("/", 1)[-1]
        if size >= REGULAR_MAX_BYTES or b"\0" in sample:
            return "lfs"
        if any(fnmatch.fnmatch(name, pattern) or fnmatch.fnmatch(path, pattern) for pattern in self.lfs_patterns(commit)):
            return "lfs"
        return "regular"

    def commit(self, repo: Repo, lines: list[dict], user: str) -> Commit:
        if not lines or lines[0].get("key") != "header":
            raise HubError(400, "commit payload must start with a header line")
        header = lines[0]["value"]
        title = header.get("summary") or ""
        if not title:
            raise HubError(400, "commit summary is empty")
        if header.get("parentCommit") and header["parentCommit"] != repo.head.oid:
            raise HubError(412, "A commit has happened since. Please refresh and try again.")
        files = dict(repo.head.files)
        added = 0
        for line in lines[1:]:
            key, value = line.get("key"), line.get("value") or {}
            path = value.get("path", "")
            if not path or path.startswith("/") or ".." in path.split("/"):
                raise HubError(400, f"invalid path {path!r}")
            if key == "file":
                content = value.get("content", "")
                data = base64.b64decode(content) if value.get("encoding") == "base64" else content.encode()
                if b"\0" in data[:512] or len(data) >= REGULAR_MAX_BYTES:
                    raise HubError(400, f"Your push was rejected because it contains binary files: {path}; use LFS")
                files[path] = Blob(data, lfs=False)
                added += len(data)
            elif key == "lfsFile":
                oid = value.get("oid", "")
                if oid not in self.lfs_objects:
                    raise HubError(422, f"LFS object {oid} for {path} was never uploaded")
                files[path] = Blob(self.lfs_objects[oid], lfs=True)
            elif key == "deletedFile":
                if path not in files:
                    raise HubError(404, f"A file with this name doesn't exist: {path}", "EntryNotFound")
                del files[path]
            else:
                raise HubError(400, f"unknown commit operation {key!r}")
        self._account(added)
        return self._add_commit(repo, files, title, header.get("description") or "", user)

    def commits_of(self, repo_type: str, repo_id: str) -> list[Commit]:
        """Commit history, oldest first (for tests)."""
        with self.lock:
            return list(self.repos[(repo_type, repo_id)].commits)


# ------------------------------------------------------------------ tree helpers
def _file_entry(path: str, blob: Blob) -> dict:
    entry = {"type": "file", "oid": blob.oid, "size": len(blob.data), "path": path}
    if blob.lfs:
        entry["lfs"] = {"oid": blob.sha256, "size": len(blob.data), "pointerSize": len(blob.pointer)}
    return entry


def _folder_entry(path: str, files: dict[str, Blob]) -> dict:
    prefix = path + "/"
    children = sorted((p, b.oid) for p, b in files.items() if p.startswith(prefix))
    return {"type": "directory", "oid": hashlib.sha1(json.dumps(children).encode()).hexdigest(), "size": 0, "path": path}


def _folders(files: dict[str, Blob]) -> set[str]:
    out = set()
    for path in files:
        parts = path.split("/")[:-1]
        out.update("/".join(parts[: i + 1]) for i in range(len(parts)))
    return out


def list_tree(files: dict[str, Blob], path: str, recursive: bool) -> list[dict]:
    path = path.strip("/")
    folders = _folders(files)
    if path and path not in folders:
        raise HubError(404, f"{path} does not exist on this revision", "EntryNotFound")
    prefix = path + "/" if path else ""
    entries = []
    for folder in sorted(folders):
        if folder.startswith(prefix) and (recursive or "/" not in folder[len(prefix) :]):
            entries.append(_folder_entry(folder, files))
    for file_path in sorted(files):
        if file_path.startswith(prefix) and (recursive or "/" not in file_path[len(prefix) :]):
            entries.append(_file_entry(file_path, files[file_path]))
    return entries


def _card_data(files: dict[str, Blob]) -> dict | None:
    readme = files.get("README.md")
    if readme is None:
        return None
    text = readme.data.decode("utf-8", "replace")
    if not text.startswith("---"):
        return None
    end = text.find("\n---", 3)
    try:
        data = yaml.safe_load(text[3:end]) if end != -1 else None
    except yaml.YAMLError:
        return None
    return data if isinstance(data, dict) else None


# ------------------------------------------------------------------ HTTP layer
class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format, *args):  # quiet: the test output is the client's
        pass

    # ---- plumbing
    def _body(self) -> bytes:
        limit = self.server.hub.max_request_bytes
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            chunks, total = [], 0
            while True:
                size = int(self.rfile.readline().strip().split(b";")[0] or b"0", 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass
                    break
                total += size
                if total > limit:
                    raise HubError(413, "request body too large")
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
            return b"".join(chunks)
        length = int(self.headers.get("Content-Length") or 0)
        if length > limit:
            raise HubError(413, "request body too large")
        return self.rfile.read(length) if length else b""

    def _user(self) -> str | None:
        auth = self.headers.get("Authorization", "")
        if not auth.startswith("Bearer "):
            return None
        user = self.server.hub.state.users.get(auth[len("Bearer ") :].strip())
        if user is None:
            raise HubError(401, "Invalid credentials in Authorization header")
        return user

    def _send(self, status: int, body: bytes = b"", headers: dict | None = None, content_type="application/json"):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _json(self, obj, status: int = 200, headers: dict | None = None):
        self._send(status, json.dumps(obj).encode(), headers)

    def _dispatch(self):
        state = self.server.hub.state
        body = b""
        try:
            body = self._body() if self.command in ("POST", "PUT") else b""
            url = urlsplit(self.path)
            with state.lock:
                state.requests.append((self.command, url.path))
            segments = [unquote(s) for s in url.path.split("/")[1:]]
            query = parse_qs(url.query)
            if not self.server.hub.route(self, self.command, segments, query, body):
                with state.lock:
                    state.unhandled.append(f"{self.command} {url.path}")
                raise HubError(404, f"test Hub: no route for {self.command} {url.path}")
        except HubError as err:
            headers = {"X-Error-Message": err.message}
            if err.code:
                headers["X-Error-Code"] = err.code
            self.close_connection = self.close_connection or err.status == 413
            self._json({"error": err.message, **err.extra}, err.status, headers)
        except Exception as err:  # a server bug must surface as a 500, never hang the client
            self._json({"error": f"test Hub internal error: {type(err).__name__}: {err}"}, 500)

    do_GET = do_HEAD = do_POST = do_PUT = do_DELETE = _dispatch


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address, hub: HubServer):
        self.hub = hub
        super().__init__(address, _Handler)


class HubServer:
    """A Hub on 127.0.0.1:<free port>, served from a daemon thread.

        with HubServer(tokens={"hf_test": "alice"}) as hub:
            HfApi(endpoint=hub.url, token="hf_test").whoami()
    """

    def __init__(
        self,
        tokens: dict[str, str] | None = None,
        orgs: tuple[str, ...] = (),
        host: str = "127.0.0.1",
        max_request_bytes: int = 256 * 1024 * 1024,
        max_stored_bytes: int = 1024 * 1024 * 1024,
    ):
        if not ipaddress.ip_address(host).is_loopback:
            raise ValueError("the test Hub serves loopback only")
        self.state = HubState(tokens or {}, orgs, max_stored_bytes)
        self.max_request_bytes = max_request_bytes
        self._server = _Server((host, 0), self)
        self.url = f"http://{host}:{self._server.server_address[1]}"
        self.state.endpoint = self.url
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
                                        name="test-hub", daemon=True)

    def start(self) -> HubServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> HubServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    # ------------------------------------------------------------ for tests
    @property
    def unhandled(self) -> list[str]:
        return list(self.state.unhandled)

    def commits(self, repo_id: str, repo_type: str = "model") -> list[Commit]:
        return self.state.commits_of(repo_type, repo_id)

    def files(self, repo_id: str, repo_type: str = "model") -> dict[str, bytes]:
        with self.state.lock:
            return {p: b.data for p, b in self.state.repos[(repo_type, repo_id)].head.files.items()}

    def repo_ids(self) -> list[tuple[str, str]]:
        with self.state.lock:
            return sorted(self.state.repos)

    # ------------------------------------------------------------ routing
    def route(self, h: _Handler, method: str, seg: list[str], query: dict, body: bytes) -> bool:
        state = self.state
        if seg[:1] == ["api"]:
            return self._route_api(h, method, seg[1:], query, body)
        if seg[:1] == ["__lfs__"] and method == "PUT" and len(seg) == 2:
            nonce = (query.get("nonce") or [""])[0]
            with state.lock:
                expected = state.upload_nonces.pop(nonce, None)
                if expected is None or expected[0] != seg[1]:
                    raise HubError(403, "unknown or used upload URL")
                if hashlib.sha256(body).hexdigest() != expected[0] or len(body) != expected[1]:
                    raise HubError(400, "uploaded content does not match its oid/size")
                if expected[0] not in state.lfs_objects:
                    state._account(len(body))
                    state.lfs_objects[expected[0]] = body
            h._send(200)
            return True
        repo_type, rest = "model", seg
        if seg and seg[0] in PREFIX_TO_TYPE:
            repo_type, rest = PREFIX_TO_TYPE[seg[0]], seg[1:]
        # LFS: /{prefix}{ns}/{name}.git/info/lfs/objects/{batch,verify}
        if len(rest) == 6 and rest[1].endswith(".git") and rest[2:5] == ["info", "lfs", "objects"] and method == "POST":
            repo_id = f"{rest[0]}/{rest[1][: -len('.git')]}"
            return self._lfs(h, repo_type, repo_id, rest[5], json.loads(body or b"{}"))
        # /{prefix}{ns}/{name}/resolve/{rev}/{path...}
        if len(rest) >= 5 and rest[2] == "resolve" and method in ("GET", "HEAD"):
            return self._resolve(h, repo_type, f"{rest[0]}/{rest[1]}", rest[3], "/".join(rest[4:]))
        return False

    def _route_api(self, h: _Handler, method: str, seg: list[str], query: dict, body: bytes) -> bool:
        state = self.state
        user = h._user()
        if seg == ["whoami-v2"] and method == "GET":
            if user is None:
                raise HubError(401, "Invalid credentials in Authorization header")
            h._json({
                "type": "user", "id": hashlib.sha1(user.encode()).hexdigest()[:24], "name": user, "fullname": user,
                "orgs": [{"name": org, "type": "org"} for org in state.orgs],
                "auth": {"type": "access_token", "accessToken": {"displayName": "test", "role": "write"}},
            })
            return True
        if seg == ["validate-yaml"] and method == "POST":
            content = json.loads(body or b"{}").get("content", "")
            errors = []
            if content.startswith("---"):
                end = content.find("\n---", 3)
                try:
                    data = yaml.safe_load(content[3:end]) if end != -1 else None
                    if data is not None and not isinstance(data, dict):
                        errors.append({"message": "metadata must be a dictionary"})
                except yaml.YAMLError as err:
                    errors.append({"message": f"invalid YAML: {err}"})
            h._json({"errors": errors, "warnings": []}, 400 if errors else 200)
            return True
        if seg == ["repos", "create"] and method == "POST":
            if user is None:
                raise HubError(401, "Invalid credentials in Authorization header")
            payload = json.loads(body or b"{}")
            repo_type = payload.get("type") or "model"
            repo_id = f"{payload.get('organization') or user}/{payload['name']}"
            with state.lock:
                private = payload.get("visibility") == "private" or bool(payload.get("private"))
                repo = state.create_repo(repo_type, repo_id, user, private, payload.get("sdk"))
                h._json({"url": f"{self.url}/{repo.url_path()}", "name": repo_id, "id": repo_id})
            return True
        # /api/{type}s/{ns}/{name}[/...]
        if len(seg) < 3 or not seg[0].endswith("s") or seg[0][:-1] not in REPO_TYPES:
            return False
        repo_type, repo_id, rest = seg[0][:-1], f"{seg[1]}/{seg[2]}", seg[3:]
        with state.lock:
            if method == "GET" and (rest == [] or (len(rest) == 2 and rest[0] == "revision")):
                repo = state.repo(repo_type, repo_id, user)
                commit = repo.commit_at(rest[1] if rest else "main")
                h._json(self._info(repo, commit, blobs="blobs" in query))
                return True
            if method == "GET" and rest[:1] == ["tree"] and len(rest) >= 2:
                repo = state.repo(repo_type, repo_id, user)
                recursive = (query.get("recursive") or ["false"])[0].lower() in ("1", "true")
                h._json(list_tree(repo.commit_at(rest[1]).files, "/".join(rest[2:]), recursive))
                return True
            if method == "POST" and rest[:1] == ["preupload"] and len(rest) == 2:
                repo = state.writable_repo(repo_type, repo_id, user)
                self._no_pr(query)
                commit = repo.commit_at(rest[1])
                out = []
                for item in json.loads(body or b"{}").get("files", []):
                    sample = base64.b64decode(item.get("sample", ""))
                    mode = state.upload_mode(commit, item["path"], int(item.get("size", 0)), sample)
                    existing = commit.files.get(item["path"])
                    # The client compares this with its local oid: sha256 for LFS, git blob sha1 otherwise.
                    oid = None if existing is None else (existing.sha256 if existing.lfs else existing.oid)
                    out.append({"path": item["path"], "uploadMode": mode, "shouldIgnore": False, "oid": oid})
                h._json({"files": out, "commitOid": commit.oid})
                return True
            if method == "POST" and rest[:1] == ["commit"] and len(rest) == 2:
                repo = state.writable_repo(repo_type, repo_id, user)
                self._no_pr(query)
                repo.commit_at(rest[1])
                if rest[1] not in ("main", "refs/heads/main"):
                    raise HubError(400, "the test Hub commits to main only")
                lines = [json.loads(line) for line in body.splitlines() if line.strip()]
                commit = state.commit(repo, lines, user)
                h._json({
                    "success": True, "commitOid": commit.oid, "hookOutput": "", "pullRequestUrl": None,
                    "commitUrl": f"{self.url}/{repo.url_path()}/commit/{commit.oid}",
                })
                return True
        return False

    @staticmethod
    def _no_pr(query: dict) -> None:
        if query.get("create_pr"):
            raise HubError(400, "the test Hub does not do pull requests")

    def _info(self, repo: Repo, commit: Commit, blobs: bool) -> dict:
        card = _card_data(commit.files) or {}
        siblings = []
        for path, blob in sorted(commit.files.items()):
            sibling = {"rfilename": path}
            if blobs:
                sibling.update(size=len(blob.data), blobId=blob.oid)
                if blob.lfs:
                    sibling["lfs"] = {"size": len(blob.data), "sha256": blob.sha256, "pointerSize": len(blob.pointer)}
            siblings.append(sibling)
        info = {
            "_id": hashlib.sha1(f"{repo.repo_type}/{repo.repo_id}".encode()).hexdigest()[:24],
            "id": repo.repo_id, "author": repo.repo_id.split("/")[0], "sha": commit.oid, "private": repo.private,
            "gated": False, "disabled": False, "createdAt": repo.created_at, "lastModified": commit.date,
            "likes": 0, "tags": list(card.get("tags") or []), "siblings": siblings,
        }
        if card:
            info["cardData"] = card
        if repo.repo_type == "model":
            info.update(downloads=0, library_name=card.get("library_name"), pipeline_tag=card.get("pipeline_tag"))
        elif repo.repo_type == "dataset":
            info.update(downloads=0)
        else:
            info.update(sdk=repo.sdk, subdomain=repo.repo_id.replace("/", "-").lower())
        return info

    def _lfs(self, h: _Handler, repo_type: str, repo_id: str, action: str, payload: dict) -> bool:
        state = self.state
        user = h._user()
        with state.lock:
            repo = state.writable_repo(repo_type, repo_id, user)
            if action == "verify":
                oid, size = payload.get("oid"), payload.get("size")
                if oid not in state.lfs_objects or len(state.lfs_objects[oid]) != size:
                    raise HubError(404, f"LFS object {oid} not found")
                h._json({"success": True})
                return True
            if action != "batch":
                return False
            if payload.get("operation") != "upload":
                raise HubError(400, "the test Hub serves LFS uploads only; download through /resolve")
            objects = []
            for obj in payload.get("objects", []):
                oid, size = obj.get("oid"), obj.get("size")
                if not isinstance(oid, str) or len(oid) != 64 or not isinstance(size, int):
                    raise HubError(400, "malformed LFS batch object")
                entry = {"oid": oid, "size": size, "authenticated": True}
                if oid not in state.lfs_objects:
                    nonce = secrets.token_urlsafe(16)
                    state.upload_nonces[nonce] = (oid, size)
                    base = f"{self.url}/{repo.url_path()}.git/info/lfs/objects"
                    entry["actions"] = {
                        "upload": {"href": f"{self.url}/__lfs__/{oid}?nonce={nonce}", "header": {}},
                        "verify": {"href": f"{base}/verify", "header": {}},
                    }
                objects.append(entry)
        h._json({"transfer": "basic", "objects": objects})
        return True

    def _resolve(self, h: _Handler, repo_type: str, repo_id: str, revision: str, path: str) -> bool:
        state = self.state
        with state.lock:
            repo = state.repo(repo_type, repo_id, h._user())
            commit = repo.commit_at(revision)
            blob = commit.files.get(path)
            if blob is None:
                raise HubError(404, f"Entry not found: {path}", "EntryNotFound")
        data = blob.data
        headers = {"ETag": f'"{blob.sha256 if blob.lfs else blob.oid}"', "X-Repo-Commit": commit.oid}
        if blob.lfs:
            headers.update({"X-Linked-Etag": f'"{blob.sha256}"', "X-Linked-Size": str(len(data))})
        h._send(200, data, headers, content_type="application/octet-stream")
        return True
