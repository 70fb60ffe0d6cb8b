#include <bits/stdc++.h>

struct Student {
	std::string name;
	int score;
	bool operator<(const Student& o) const {
		if (score != o.score) return score > o.score;
		return name < o.name;
	}
};

int main() {
	int n;
	scanf("%d", &n);
	std::vector<Student> v;
	for (int i = 0; i < n; i++) {
		char buf[16];
		scanf("%s", buf);
		std::string name = buf;
		int score;
		scanf("%d", &score);
		v.push_back({name, score});
	}
	std::sort(v.begin(), v.end());
	for (auto& s : v) {
		printf("%s %d\n", s.name.c_str(), s.score);
	}
	return 0;
}
