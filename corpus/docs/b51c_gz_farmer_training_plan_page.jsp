<%@ page contentType="text/html; charset=utf-8" language="java" import="java.sql.*" errorPage="" %>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>信息服务 >> 政策法规 >> 惠农政策</title>
<style type="text/css">
.details > .article{
	width: 900px;
	margin: auto;
}
.details > .article > .ahead
{
	text-align: center;
	border-bottom: 1px dashed #BEBEBE;
}
.details > .article > .ahead > .title {
font-size: 16px;
color: #087DA8;
font-weight: bold;
}
.details > .article > .content
{
	line-height: 20px;
	margin:20px auto
}
</style>
</head>
<body>
	<div style="width:1007px;margin:15px auto">
		<div class="details">
			<div class="article">
				<div class="ahead">
					<p class="title">广州市新型农民科技培训工程实施方案</p>
					<p>文章来源：广州市农业局科教处&nbsp;&nbsp;&nbsp;&nbsp;
					发布时间：2013-10-05</p>
				</div>
				<div class="content">
					<p>　　根据《中共中央 国务院关于积极发展现代农业扎实推进社会主义新农村建设的若干意见》(中发〔2007〕1号)、《国家财政部 农业部关于印发〈中央财政新型农民科技培训补助资金管理暂行办法〉的通知》（财农〔2006〕349号）的要求，结合广州市实际情况，制定我市新型农民科技培训工程实施方案。 </p>
					<p>　　<strong>一、培训目标和任务 </strong></p>
					<p>　　通过实施新型农民科技培训工程,培养造就一大批觉悟高、懂科技、善经营、会管理,能从事农业专业化生产和产业化经营的新型农民，使其成为建设社会主义新农村的中坚力量，成为农业生产技术骨干和农民脱贫致富的带头人。每年培训7000人，培训对象为50岁以下有一定文化基础的农业经营者，使每8户农户有一名农民参加培训。 </p>
					<p>　　<strong>二、培训班设置及安排</strong> </p>
					<p>　　（一）培训班设置。 </p>
					<p>　　各培训机构可根据当前农业产业结构调整和农民的报名情况，围绕当地农业主导产业设置培训班，如设置水果、蔬菜、花卉、畜牧、水产等专业培训班。 </p>
					<p>　　（二）课程设置。 </p>
					<p>　　1.公共课：农业政策与法规、农产品市场与营销、农业信息、农村会计、农业气象、农产品质量安全、农民健康卫生教育等。 </p>
					<p>　　2.农业技术基础课：作物栽培、果树栽培、蔬菜栽培、花卉栽培、作物病虫害防治、畜牧养殖基础、兽医基础、水产养殖基础、鱼病防治基础等。 </p>
					<p>　　3.专项技术课：甜玉米、蔬菜、龙眼、荔枝、香蕉、常见花卉、优质杂交水稻、家禽、猪、奶牛、名优河鲜、淡水鱼、水产捕捞、珍禽等。 </p>
					<p>　　各培训班可参照上述要求分别开设6门课程，各培训机构还可根据当地实际对开设课程进行适当调整。 </p>
					<p>　　（三）培训安排。 </p>
					<p>　　1.学时：每个培训班要有详细的教学计划，一般按半年左右完成培训内容，每个班的总学时不少于100学时，每门课程约15学时，每天按6个学时计算，其中理论培训与实践培训时间各占一半，考试2个学时。 </p>
					<p>　　2.师资要求：承担培训的教师是具备中级以上职称的专业技术人员，熟悉“三农”工作，具有一定的专业知识、熟练的专业技能。 </p>
					<p>　　（四）教材安排。 </p>
					<p>　　教材可由培训机构向中央农广校或省农广校预订，各培训机构也可根据本地实际编写地方教材和讲义。 </p>
					<p>　　（五）考试、考核与发证。 </p>
					<p>　　各培训班完成培训计划规定的课程后，培训机构要组织考试和考核，考试、考核合格的学员，经区、县级市农业行政主管部门审核，颁发农业部统一印制的农民科技培训工程证书或农民绿色证书。&nbsp;
					 </p>
				</div>
				<div style="text-align: center;">
					<input class="btn btn-primary" value="关闭" type="button" onclick="javascript:window.close();">
				</div>
			</div>
		</div>
	</div>
</body>
</html>