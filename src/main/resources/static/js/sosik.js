// A little enhancement over pages that work without it: tabs show one panel at a time, 닫기 goes back,
// reactions answer without reloading the page, 댓글 더보기 appends the next page of comments, and a point news
// article claims its reading points after the dwell time.
document.documentElement.classList.add("js");

function csrfHeader() {
    const cookie = document.cookie.split("; ").find((part) => part.startsWith("XSRF-TOKEN="));
    return cookie ? { "X-XSRF-TOKEN": decodeURIComponent(cookie.substring("XSRF-TOKEN=".length)) } : {};
}

function enhanceTabs() {
    for (const group of document.querySelectorAll("[data-tabs]")) {
        const tabs = [...group.querySelectorAll('[role="tab"]')];
        const select = (chosen) => {
            for (const tab of tabs) {
                const selected = tab === chosen;
                tab.setAttribute("aria-selected", String(selected));
                document.getElementById(tab.getAttribute("aria-controls")).hidden = !selected;
            }
        };
        tabs.forEach((tab) => tab.addEventListener("click", (event) => {
            event.preventDefault();
            select(tab);
        }));
        select(tabs[0]);
    }
}

function enhanceClose() {
    for (const close of document.querySelectorAll("[data-close]")) {
        close.addEventListener("click", (event) => {
            if (document.referrer.startsWith(location.origin) && history.length > 1) {
                event.preventDefault();
                history.back();
            }
        });
    }
}

function enhanceReactions() {
    for (const form of document.querySelectorAll("form[data-reactions]")) {
        form.addEventListener("submit", async (event) => {
            const button = event.submitter;
            if (!button) {
                return;
            }
            event.preventDefault();
            const withdraw = button.getAttribute("aria-pressed") === "true";
            const response = await fetch(`/api/v1/articles/${form.dataset.reactions}/reaction`, {
                method: withdraw ? "DELETE" : "PUT",
                headers: { "Content-Type": "application/json", ...csrfHeader() },
                body: withdraw ? null : JSON.stringify({ type: button.value }),
                credentials: "same-origin",
            });
            if (response.status === 401) {
                location.href = `/login?next=${encodeURIComponent(location.pathname)}`;
                return;
            }
            if (!response.ok) {
                form.submit();
                return;
            }
            const state = await response.json();
            for (const item of form.querySelectorAll("[data-reaction]")) {
                const type = item.dataset.reaction;
                item.querySelector(".count").textContent = state.counts[type];
                item.querySelector("button").setAttribute("aria-pressed", String(state.mine === type));
            }
        });
    }
}

function enhanceMoreComments() {
    document.addEventListener("click", async (event) => {
        const link = event.target.closest("[data-more-comments]");
        if (!link) {
            return;
        }
        event.preventDefault();
        const response = await fetch(link.href, { credentials: "same-origin" });
        if (!response.ok) {
            location.href = link.href;
            return;
        }
        const next = new DOMParser().parseFromString(await response.text(), "text/html");
        const list = document.getElementById("comment-list");
        for (const thread of next.querySelectorAll("#comment-list > li")) {
            list.append(document.adoptNode(thread));
        }
        const nextLink = next.querySelector("[data-more-comments]");
        if (nextLink) {
            link.href = nextLink.href;
        } else {
            link.parentElement.remove();
        }
    });
}

// A point news article claims its reading points by itself once the reader has stayed for the dwell time;
// the server checks the time again on its own clock.
function enhanceReadingReward() {
    for (const form of document.querySelectorAll("form[data-read-reward]")) {
        const status = form.querySelector(".reading-reward-status");
        const button = form.querySelector("button");
        button.hidden = true;
        setTimeout(async () => {
            const response = await fetch(`/api/v1/articles/${form.dataset.readReward}/read-reward`, {
                method: "POST",
                headers: { "Content-Type": "application/json", ...csrfHeader() },
                body: JSON.stringify({ token: form.elements.token.value }),
                credentials: "same-origin",
            });
            const answer = await response.json().catch(() => ({}));
            if (response.ok) {
                status.textContent = `${answer.points}포인트가 적립되었습니다. 보유 포인트 ${answer.balance}점`;
            } else {
                status.textContent = answer.detail || "포인트를 받지 못했습니다. 잠시 후 다시 시도해 주세요.";
                button.hidden = response.status !== 409;
            }
        }, (Number(form.dataset.dwell) + 1) * 1000);
    }
}

document.addEventListener("DOMContentLoaded", () => {
    enhanceTabs();
    enhanceClose();
    enhanceReactions();
    enhanceMoreComments();
    enhanceReadingReward();
});
