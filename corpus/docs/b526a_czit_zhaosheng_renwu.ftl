<div role="tabpanel" class="tab-pane" id="department-212" data-department="212">
    <div class="table-responsive">
        <table class="table table-bordered">
            <thead>
            <tr>
                <th>档次</th>
                <th>级别</th>
                <th>负荷系数</th>
                <th>是否完成</th>
                <th>自评分</th>
                <th>详细说明</th>
                <th>工作任务</th>
                <th class="exclusion-description">任务分解/时序进度</th>
                <th>考核要点</th>
            </tr>
            </thead>
            <tbody>
			<tr data-task="81">
                <td rowspan="3" class="rowspan">
                    <div class="radio">
                        <label>
                            <input type="radio" name="grade_81" value="1">
                            A档
                        </label>
                    </div>
                    <div class="radio">
                        <label>
                            <input type="radio" name="grade_81" value="2">
                            B档
                        </label>
                    </div>
                    <div class="radio">
                        <label>
                            <input type="radio" name="grade_81" value="3">
                            C档
                        </label>
                    </div>
                </td>
                <td rowspan="3" class="rowspan">
                    <div class="radio">
                        <label>
                            <input type="radio" name="level_81" value="1">
                            I级
                        </label>
                    </div>
                    <div class="radio">
                        <label>
                            <input type="radio" name="level_81" value="2">
                            II级
                        </label>
                    </div>
                    <div class="radio">
                        <label>
                            <input type="radio" name="level_81" value="3">
                            III级
                        </label>
                    </div>
                </td>
                <td rowspan="3" class="rowspan">
                    <div class="radio">
                        <label>
                            <input type="radio" name="charge_81" value="1">
                            K1
                        </label>
                    </div>
                    <div class="radio">
                        <label>
                            <input type="radio" name="charge_81" value="2">
                            K2
                        </label>
                    </div>
                    <div class="radio">
                        <label>
                            <input type="radio" name="charge_81" value="3">
                            K3
                        </label>
                    </div>
                </td>
                <td rowspan="3" class="rowspan"><p data-finish></p></td>
                <td rowspan="3" class="rowspan"><p data-score></p></td>
                <td rowspan="3" class="rowspan"><p data-comment></p></td>
                <td rowspan="3" class="rowspan">深化协同招生工作机制</td>
                <td>
                    <p>3-4月: 协助教务处、各二级学院完成“3+3” 中高职申报，继续拓展“3+3”中高职衔接办学规模</p>
                </td>
                <td rowspan="3" class="rowspan">
                    <p>“招生工作绩效考核办法与激励机制”与最终各片安排招生宣传与完成任务目标情况</p>
                </td>
            </tr>
			<tr>
                <td>
                    <p>3-4月：根据本年度单独招生与对口单招的招生宣传反馈情况，完善当年的招生工作绩效考核办法与激励机制</p>
                </td>
			</tr>
			<tr>
                <td>
                    <p>11月：根据本年度招生情况与各宣传片区的任务目标完成情况，制定下一年度的招生工作绩效考核办法与激励机制，促进招生工作规范化、制度化和科学化，进一步提升招生工作管理质量</p>
                </td>
			</tr>
			<tr data-task="82">
                <td>
                    <div class="radio">
                        <label>
                            <input type="radio" name="grade_82" value="1">
                            A档
                        </label>
                    </div>
                    <div class="radio">
                        <label>
                            <input type="radio" name="grade_82" value="2">
                            B档
                        </label>
                    </div>
                    <div class="radio">
                        <label>
                            <input type="radio" name="grade_82" value="3">
                            C档
                        </label>
                    </div>
                </td>
                <td>
                    <div class="radio">
                        <label>
                            <input type="radio" name="level_82" value="1">
                            I级
                        </label>
                    </div>
                    <div class="radio">
                        <label>
                            <input type="radio" name="level_82" value="2">
                            II级
                        </label>
                    </div>
                    <div class="radio">
                        <label>
                            <input type="radio" name="level_82" value="3">
                            III级
                        </label>
                    </div>
                </td>
                <td>
                    <div class="radio">
                        <label>
                            <input type="radio" name="charge_82" class="disabled" disabled value="1">
                            K1
                        </label>
                    </div>
                    <div class="radio">
                        <label>
                            <input type="radio" name="charge_82" class="disabled" disabled value="2">
                            K2
                        </label>
                    </div>
                    <div class="radio">
                        <label>
                            <input type="radio" name="charge_82" class="disabled" disabled value="3">
                            K3
                        </label>
                    </div>
                </td>
                <td><p data-finish></p></td>
                <td><p data-score></p></td>
                <td><p data-comment></p></td>
                <td>拓展普职融通高职升学合作模式</td>
                <td>
                    <p>3月—12月：以南京秣陵中学合作开展普职融通高职升学的经验，继续寻找南京地区1-2所中学合作</p>
                </td>
                <td>
                    <p>与1-2所中学签约</p>
                </td>
            </tr>	
			<tr data-task="83">
                <td rowspan="2" class="rowspan">
                    <div class="radio">
                        <label>
                            <input type="radio" name="grade_83" value="1">
                            A档
                        </label>
                    </div>
                    <div class="radio">
                        <label>
                            <input type="radio" name="grade_83" value="2">
                            B档
                        </label>
                    </div>
                    <div class="radio">
                        <label>
                            <input type="radio" name="grade_83" value="3">
                            C档
                        </label>
                    </div>
                </td>
                <td rowspan="2" class="rowspan">
                    <div class="radio">
                        <label>
                            <input type="radio" name="level_83" value="1">
                            I级
                        </label>
                    </div>
                    <div class="radio">
                        <label>
                            <input type="radio" name="level_83" value="2">
                            II级
                        </label>
                    </div>
                    <div class="radio">
                        <label>
                            <input type="radio" name="level_83" value="3">
                            III级
                        </label>
                    </div>
                </td>
                <td rowspan="2" class="rowspan">
                    <div class="radio">
                        <label>
                            <input type="radio" name="charge_83" class="disabled" disabled value="1">
                            K1
                        </label>
                    </div>
                    <div class="radio">
                        <label>
                            <input type="radio" name="charge_83" class="disabled" disabled value="2">
                            K2
                        </label>
                    </div>
                    <div class="radio">
                        <label>
                            <input type="radio" name="charge_83" class="disabled" disabled value="3">
                            K3
                        </label>
                    </div>
                </td>
                <td rowspan="2" class="rowspan"><p data-finish></p></td>
                <td rowspan="2" class="rowspan"><p data-score></p></td>
                <td rowspan="2" class="rowspan"><p data-comment></p></td>
                <td rowspan="2" class="rowspan">做好招生6个方面基础性工作，即招生市场调研、机制完善、宣传策略、内容凝练、基地建设、新媒体推送</td>
                <td>
                    <p>3-4月:完成对26个省的2017年生源情况调研与大致的产业结构</p>
                </td>
                <td rowspan="2" class="rowspan">
                    <p>各省2017生源数与产业汇总表；</p>
					<p>专业大类咨询群；人—校联系名册；</p>
					<p>不同阶段同期外出宣传人员与宣传册数量；</p>
					<p>宣传内容与短片；</p>
					<p>紧密合作型生源基地数；</p>
					<p>在中学开展科技节或其它内容的活动；</p>
					<p>直播内容与数量</p>
                </td>
            </tr>
            <tr>
				<td>
                    <p>3-12月：</p>
					<p>1.督促二级学院建立有效的专业咨询团队，并做到以中学需求为导向增进日常互动交流，逐步建立人—校一一对应的联系形式</p>
					<p>2. 根据2017年生源结构的变化，招生侧重点前移至提前招生与对口单招，普招的招生宣传有针对性的选择宣传</p>
					<p>3. 突破招生宣传（含网页、海报、宣传册、微信等）及专业介绍以往固定宣传口径与模式，凝练出更为有吸引力影响力的宣传内容。同时协助制作学校宣传短片</p>
					<p>4. 有针对性地选择一批生源基地作为紧密合作关系建设的目标，通过工作研讨、交流互访、活动联谊、寄送毕业生喜报等方式加强沟通，提供优良的师资与设施服务于中学，进一步推进生源基地的建设，在合作育人中拓展学院影响力</p>
					<p>5. 根据当下学生与家长的关注点，结合“网络直播”元素，开展 “咨询直播”“校园直播”“专业直播”“社团活动直播”“典礼活动直播”等尝试，扩大微常信、招生微信、招生网站的影响力</p>
                </td>
            </tr>
			<tr data-task="84">
                <td>
                    <div class="radio">
                        <label>
                            <input type="radio" name="grade_84" value="1">
                            A档
                        </label>
                    </div>
                    <div class="radio">
                        <label>
                            <input type="radio" name="grade_84" value="2">
                            B档
                        </label>
                    </div>
                    <div class="radio">
                        <label>
                            <input type="radio" name="grade_84" value="3">
                            C档
                        </label>
                    </div>
                </td>
                <td>
                    <div class="radio">
                        <label>
                            <input type="radio" name="level_84" value="1">
                            I级
                        </label>
                    </div>
                    <div class="radio">
                        <label>
                            <input type="radio" name="level_84" value="2">
                            II级
                        </label>
                    </div>
                    <div class="radio">
                        <label>
                            <input type="radio" name="level_84" value="3">
                            III级
                        </label>
                    </div>
                </td>
                <td>
                    <div class="radio">
                        <label>
                            <input type="radio" name="charge_84" class="disabled" disabled value="1">
                            K1
                        </label>
                    </div>
                    <div class="radio">
                        <label>
                            <input type="radio" name="charge_84" class="disabled" disabled value="2">
                            K2
                        </label>
                    </div>
                    <div class="radio">
                        <label>
                            <input type="radio" name="charge_84" class="disabled" disabled value="3">
                            K3
                        </label>
                    </div>
                </td>
                <td><p data-finish></p></td>
                <td><p data-score></p></td>
                <td><p data-comment></p></td>
                <td>加强重点省份招生市场深度开拓</td>
                <td>
                    <p>3-5月：</p>
					<p>1.选择计划较多的外省为主要宣传省份，及早确定省外招生网站或招生专刊的宣传，继续拓宽招生宣传渠道，如微信朋友圈广告等</p>
					<p>2.完善在中西部地区招生的资助政策</p>
					<p>3.尝试在外省建立地区或中学的生源基地</p>
					<p>4. 扩大省外招生计划，继续增加艺术类在外省招生</p>
                </td>
                <td>
                    <p>省外宣传增加数与方式；</p>
					<p>出台的招生政策；</p>
					<p>外省生源基地形式与数量；</p>
					<p>外省总计划与在外省艺术类招生计划数；</p>
                </td>
            </tr>
			<tr data-task="85">
                <td rowspan="5" class="rowspan">
                    <div class="radio">
                        <label>
                            <input type="radio" name="grade_85" value="1">
                            A档
                        </label>
                    </div>
                    <div class="radio">
                        <label>
                            <input type="radio" name="grade_85" value="2">
                            B档
                        </label>
                    </div>
                    <div class="radio">
                        <label>
                            <input type="radio" name="grade_85" value="3">
                            C档
                        </label>
                    </div>
                </td>
                <td rowspan="5" class="rowspan">
                    <div class="radio">
                        <label>
                            <input type="radio" name="level_85" value="1">
                            I级
                        </label>
                    </div>
                    <div class="radio">
                        <label>
                            <input type="radio" name="level_85" value="2">
                            II级
                        </label>
                    </div>
                    <div class="radio">
                        <label>
                            <input type="radio" name="level_85" value="3">
                            III级
                        </label>
                    </div>
                </td>
                <td rowspan="5" class="rowspan">
                    <div class="radio">
                        <label>
                            <input type="radio" name="charge_85" class="disabled" disabled value="1">
                            K1
                        </label>
                    </div>
                    <div class="radio">
                        <label>
                            <input type="radio" name="charge_85" class="disabled" disabled value="2">
                            K2
                        </label>
                    </div>
                    <div class="radio">
                        <label>
                            <input type="radio" name="charge_85" class="disabled" disabled value="3">
                            K3
                        </label>
                    </div>
                </td>
                <td rowspan="5" class="rowspan"><p data-finish></p></td>
                <td rowspan="5" class="rowspan"><p data-score></p></td>
                <td rowspan="5" class="rowspan"><p data-comment></p></td>
                <td rowspan="5" class="rowspan">全年招生计划完成率达94%以上，新生报到率达94%以上</td>
                <td>
                    <p>3月—4月：各片区招生宣传到位有效，并与紧密型生源基地有一定互动；对口单招争取能实现扩招</p>
                </td>
                <td rowspan="5" class="rowspan">
                    <p>录取人数</p>
					<p>报到率</p>
                </td>
            </tr>
            <tr>
				<td>
                    <p>5月：申报省外计划能够突破以往招生规模</p>
                </td>
            </tr>
            <tr>
				<td>
                    <p>6月-7月：各宣传片区组织开展积极有效的招生宣传，2017年的单独招生录取的新生能有效组织为本年度招生宣传大使</p>
                </td>
            </tr>
            <tr>
				<td>
                    <p>8月：招生录取期间及时了解填报生源信息和计划调整工作，并组织做好录取新生的信息告知和跟踪联系工作</p>
                </td>
            </tr>
            <tr>
				<td>
                    <p>8月-12月：对本年度招生数据分析、总结，组织研讨招生工作，为下一年度的招生工作的科学决策提供保障</p>
                </td>
            </tr>				
            </tbody>
        </table>
        <div class="col-sm-2 col-sm-offset-3">
            <button class="btn btn-block btn-default key-save" ${overtime?then("", "disabled")} title="${overtime?then( "保存","已超过截至日期")}" type="button" data-department="212">保存</button>
        </div>
        <div class="col-sm-2 col-sm-offset-2">
            <button class="btn btn-block btn-primary key-submit" ${overtime?then("", "disabled")} title="${overtime?then( "提交","已超过截至日期")}" type="button" data-department="212">提交</button>
        </div>
    </div>
</div>