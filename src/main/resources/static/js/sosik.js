// A little enhancement over pages that work without it: tabs show one panel at a time, 닫기 goes back.
document.documentElement.classList.add("js");

document.addEventListener("DOMContentLoaded", () => {
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

    for (const close of document.querySelectorAll("[data-close]")) {
        close.addEventListener("click", (event) => {
            if (document.referrer.startsWith(location.origin) && history.length > 1) {
                event.preventDefault();
                history.back();
            }
        });
    }
});
